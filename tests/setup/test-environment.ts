import pg from "pg";
import { inject } from "vitest";
import { TEST_API_KEY, TEST_API_SECRET, TEST_APP_URL, TEST_INBOUND_EMAIL_TOKEN, testMailPort } from "../config";
import { failOnConsoleError } from "./console";
import { TEMPLATE_DATABASE, withDatabase } from "./global-database";

// Each worker process gets its own database, cloned from the migrated template; tests within
// a worker stay apart by using shops of their own (tests/factories).
const serverUrl = inject("databaseServerUrl");
const database = `frontdesk_test_${process.env.VITEST_POOL_ID ?? "0"}`;
const admin = new pg.Client({ connectionString: serverUrl });
await admin.connect();
const exists = await admin.query("SELECT 1 FROM pg_database WHERE datname = $1", [database]);
if (exists.rowCount === 0) await admin.query(`CREATE DATABASE ${database} TEMPLATE ${TEMPLATE_DATABASE}`);
await admin.end();

Object.assign(process.env, {
  NODE_ENV: "test",
  DATABASE_URL: withDatabase(serverUrl, database),
  SHOPIFY_API_KEY: TEST_API_KEY,
  SHOPIFY_API_SECRET: TEST_API_SECRET,
  SHOPIFY_APP_URL: TEST_APP_URL,
  RUN_WORKER: "false",
  INBOUND_EMAIL_TOKEN: TEST_INBOUND_EMAIL_TOKEN,
  SMTP_URL: `smtp://127.0.0.1:${testMailPort()}`,
});

failOnConsoleError();
