/**
 * `npm run bench -- [webhooks|inbox|clicks|vitals]`: runs the benchmarks on an embedded PostgreSQL of their own,
 * writes bench/results/<name>-<date>.json and prints a summary. BENCH_PG_DIR keeps the cluster in
 * that folder between runs (the inbox seed is reused and grown, not redone) for EXPLAIN work.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { exitOnDatabaseStartError, startEmbeddedPostgres } from "../scripts/embedded-postgres.ts";
import { migrateDatabase } from "../scripts/migrate-database.ts";
import { benchClicks } from "./clicks.ts";
import { benchInbox } from "./inbox.ts";
import { benchVitals } from "./vitals.ts";
import { benchWebhooks } from "./webhooks.ts";

const available = { webhooks: benchWebhooks, inbox: benchInbox, clicks: benchClicks, vitals: benchVitals } as const;
type Name = keyof typeof available;

const requested = process.argv.slice(2).filter((arg) => !arg.startsWith("-"));
const names = (requested.length ? requested : Object.keys(available)) as Name[];
for (const name of names) if (!(name in available)) throw new Error(`Unknown benchmark "${name}"; try: ${Object.keys(available).join(", ")}`);

const durationMs = Number(process.env.BENCH_SECONDS ?? 20) * 1000;
const concurrency = Number(process.env.BENCH_CONCURRENCY ?? 16);
const log = (line: string) => console.error(`[bench] ${line}`);

const keptDir = process.env.BENCH_PG_DIR;
const dir = keptDir ? path.resolve(keptDir) : mkdtempSync(path.join(tmpdir(), "frontdesk-bench-"));
const server = await startEmbeddedPostgres({ dir, quiet: true }).catch(exitOnDatabaseStartError);
log(`PostgreSQL on port ${server.port}${keptDir ? `, kept in ${dir}` : ""}`);
try {
  for (const name of names) {
    await server.createDatabase(`bench_${name}`);
    const databaseUrl = server.urlFor(`bench_${name}`);
    await migrateDatabase(databaseUrl, { quiet: true });
    const result = await available[name]({ databaseUrl, durationMs, concurrency, log });
    mkdirSync("bench/results", { recursive: true });
    // A run with the worker off measures the web path alone; keep it apart from the full run.
    const variant = process.env.BENCH_RUN_WORKER === "false" ? "-web-only" : "";
    const file = path.join("bench/results", `${name}${variant}-${result.measuredAt.slice(0, 10)}.json`);
    writeFileSync(file, JSON.stringify(result, null, 2) + "\n");
    console.log(JSON.stringify(result, null, 2));
    log(`wrote ${file}`);
  }
} finally {
  await server.stop();
  if (!keptDir) rmSync(dir, { recursive: true, force: true });
}
