import { randomUUID } from "node:crypto";
import pg from "pg";
import { inject } from "vitest";
import { TEMPLATE_DATABASE, withDatabase } from "./setup/global-database";

/** A new, migrated, empty database on the test server, for a test that runs its own app process. */
export async function createFreshDatabase(prefix = "frontdesk_e2e"): Promise<string> {
  const serverUrl = inject("databaseServerUrl");
  const name = `${prefix}_${randomUUID().slice(0, 8)}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name} TEMPLATE ${TEMPLATE_DATABASE}`);
  } finally {
    await admin.end();
  }
  return withDatabase(serverUrl, name);
}
