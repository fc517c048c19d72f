import { mkdtempSync, rmSync, writeSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { isDatabaseStartError, startEmbeddedPostgres, type EmbeddedDatabase } from "../../scripts/embedded-postgres";
import { migrateDatabase } from "../../scripts/migrate-database";

export const TEMPLATE_DATABASE = "frontdesk_template";

/**
 * One PostgreSQL for the whole run (embedded, unless TEST_DATABASE_SERVER_URL names a server),
 * with a migrated template database that each test worker clones into a database of its own.
 */
export default async function setup(project: TestProject) {
  let embedded: EmbeddedDatabase | undefined;
  let dataDir: string | undefined;
  const teardown = async () => {
    await embedded?.stop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  };
  try {
    let serverUrl = process.env.TEST_DATABASE_SERVER_URL;
    if (!serverUrl) {
      dataDir = mkdtempSync(path.join(tmpdir(), "frontdesk-test-pg-"));
      embedded = await startEmbeddedPostgres({ dir: dataDir, quiet: true });
      serverUrl = embedded.serverUrl;
    }
    const templateUrl = withDatabase(serverUrl, TEMPLATE_DATABASE);
    const admin = new (await import("pg")).default.Client({ connectionString: serverUrl });
    await admin.connect();
    try {
      await admin.query(`DROP DATABASE IF EXISTS ${TEMPLATE_DATABASE} WITH (FORCE)`);
      await admin.query(`CREATE DATABASE ${TEMPLATE_DATABASE}`);
    } finally {
      await admin.end();
    }
    await migrateDatabase(templateUrl, { quiet: true });
    project.provide("databaseServerUrl", serverUrl);
  } catch (error) {
    // Vitest reports a global setup's failure only when it is an Error it can serialise, and
    // not at all for a rejection without one: `npm test` printed `RUN` and exited 1. Say it here,
    // straight to stderr, then fail the run.
    writeSync(2, `\nThe test database could not be set up: ${describeError(error)}\n\n`);
    await teardown().catch(() => {});
    const failure = new Error("The test database could not be set up (see above)");
    failure.stack = failure.message;
    throw failure;
  }
  return teardown;
}

function describeError(error: unknown): string {
  if (isDatabaseStartError(error)) return error.message;
  if (error instanceof Error) return error.stack ?? error.message;
  return String(error ?? "it failed without saying why");
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
