import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { startEmbeddedPostgres, type EmbeddedDatabase } from "../../scripts/embedded-postgres";
import { migrateDatabase } from "../../scripts/migrate-database";

export const TEMPLATE_DATABASE = "frontdesk_template";

/**
 * One PostgreSQL for the whole run (embedded, unless TEST_DATABASE_SERVER_URL names a server),
 * with a migrated template database that each test worker clones into a database of its own.
 */
export default async function setup(project: TestProject) {
  let embedded: EmbeddedDatabase | undefined;
  let dataDir: string | undefined;
  let serverUrl = process.env.TEST_DATABASE_SERVER_URL;
  if (!serverUrl) {
    dataDir = mkdtempSync(path.join(tmpdir(), "frontdesk-test-pg-"));
    embedded = await startEmbeddedPostgres({ dir: dataDir, quiet: true });
    serverUrl = embedded.serverUrl;
  }
  const templateUrl = withDatabase(serverUrl, TEMPLATE_DATABASE);
  const admin = new (await import("pg")).default.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${TEMPLATE_DATABASE} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${TEMPLATE_DATABASE}`);
  await admin.end();
  await migrateDatabase(templateUrl, { quiet: true });
  project.provide("databaseServerUrl", serverUrl);

  return async () => {
    await embedded?.stop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  };
}

export function withDatabase(serverUrl: string, database: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

declare module "vitest" {
  export interface ProvidedContext {
    databaseServerUrl: string;
  }
}
