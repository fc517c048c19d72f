import { runMigrations } from "graphile-worker";
import { runPrisma } from "./prisma-cli.ts";

/** Brings a database up to date: Prisma's migrations, then graphile-worker's own schema. */
export async function migrateDatabase(databaseUrl: string, options: { quiet?: boolean } = {}) {
  await runPrisma(["migrate", "deploy"], { ...options, databaseUrl });
  await runMigrations({ connectionString: databaseUrl });
}
