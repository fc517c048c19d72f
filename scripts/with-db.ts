/**
 * Runs a command with DATABASE_URL pointing at a migrated PostgreSQL database.
 * When DATABASE_URL is already set it is used as it is; otherwise an embedded PostgreSQL is
 * started under .data/postgres, stopped again when the command ends.
 *
 *   tsx scripts/with-db.ts [--no-migrate] -- <command> [args…]
 */
import { spawn } from "node:child_process";
import { exitOnDatabaseStartError, startEmbeddedPostgres, type EmbeddedDatabase } from "./embedded-postgres.ts";
import { migrateDatabase } from "./migrate-database.ts";

const args = process.argv.slice(2);
const separator = args.indexOf("--");
const flags = separator === -1 ? [] : args.slice(0, separator);
const command = separator === -1 ? args : args.slice(separator + 1);
if (command.length === 0) {
  console.error("usage: tsx scripts/with-db.ts [--no-migrate] -- <command> [args…]");
  process.exit(2);
}

let embedded: EmbeddedDatabase | undefined;
if (!process.env.DATABASE_URL) {
  embedded = await startEmbeddedPostgres({ dir: ".data/postgres", port: Number(process.env.PGPORT) || undefined, quiet: true }).catch(exitOnDatabaseStartError);
  await embedded.createDatabase("frontdesk");
  process.env.DATABASE_URL = embedded.urlFor("frontdesk");
}

let code = 1;
try {
  if (!flags.includes("--no-migrate")) await migrateDatabase(process.env.DATABASE_URL!);
  code = await new Promise<number>((resolve) => {
    const child = spawn(command[0]!, command.slice(1), { stdio: "inherit", env: process.env, shell: false });
    const forward = (signal: NodeJS.Signals) => child.kill(signal);
    process.on("SIGINT", forward);
    process.on("SIGTERM", forward);
    child.on("exit", (status, signal) => resolve(status ?? (signal ? 1 : 0)));
  });
} finally {
  await embedded?.stop();
}
process.exit(code);
