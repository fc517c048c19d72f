/**
 * `npm run db:migration -- <name>`: writes prisma/migrations/<timestamp>_<name>/migration.sql,
 * the SQL that takes a database with every existing migration to prisma/schema.prisma.
 * It diffs against a scratch database in a throwaway embedded PostgreSQL (decision 001).
 */
import { spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { startEmbeddedPostgres } from "./embedded-postgres.ts";
import { runPrisma } from "./prisma-cli.ts";

const name = (process.argv[2] ?? "").replace(/[^a-z0-9_]+/gi, "_").toLowerCase();
if (!name) {
  console.error("usage: npm run db:migration -- <name>");
  process.exit(2);
}

const dir = mkdtempSync(path.join(tmpdir(), "frontdesk-migration-"));
const server = await startEmbeddedPostgres({ dir, quiet: true });
try {
  await server.createDatabase("scratch");
  const databaseUrl = server.urlFor("scratch");
  await runPrisma(["migrate", "deploy"], { quiet: true, databaseUrl });
  // The adapter-based schema engine cannot diff against a live database directly, so the scratch
  // database is introspected into a datamodel first, then diffed datamodel to datamodel.
  const run = (args: string[]) =>
    new Promise<string>((resolve, reject) => {
      const child = spawn(process.execPath, ["--require", "./scripts/unref-timers.cjs", "node_modules/prisma/build/index.js", ...args], {
        env: { ...process.env, DATABASE_URL: databaseUrl },
        stdio: ["ignore", "pipe", "inherit"],
      });
      let output = "";
      child.stdout.on("data", (chunk) => (output += chunk));
      child.on("exit", (code) => (code === 0 ? resolve(output) : reject(new Error(`prisma ${args[0]} ${args[1]} failed (${code})`))));
    });
  const current = path.join(dir, "current.prisma");
  const pulled = await run(["db", "pull", "--print"]);
  // The CLI prints its adapter warning on stdout, before the schema. Introspection drops the
  // btree_gin operator class of `shopId` in our GIN search indexes, which Prisma then refuses to
  // read back: put it back as schema.prisma writes it.
  const datamodel = pulled
    .slice(Math.max(0, pulled.search(/^(generator|datasource) /m)))
    .replace(/^(\s*@@index\(\[)shopId(, [^\n]*type: Gin)/gm, '$1shopId(ops: raw("text_ops"))$2');
  writeFileSync(current, datamodel);
  const sql = await run(["migrate", "diff", "--from-schema-datamodel", current, "--to-schema-datamodel", "prisma/schema.prisma", "--script"]);
  if (!/\b(CREATE|ALTER|DROP)\b/.test(sql)) {
    console.log("The schema matches the migrations: nothing to write.");
  } else {
    const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
    const folder = path.join("prisma", "migrations", `${stamp}_${name}`);
    mkdirSync(folder, { recursive: true });
    writeFileSync(path.join(folder, "migration.sql"), sql);
    console.log(`Wrote ${folder}/migration.sql`);
  }
} finally {
  await server.stop();
  rmSync(dir, { recursive: true, force: true });
}
