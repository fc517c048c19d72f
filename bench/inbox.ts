/**
 * Inbox benchmark (`npm run bench -- inbox`): the inbox list and search at growing sizes, each
 * measured in the same run as the SQL a PostgreSQL expert would write for the same answer.
 *
 * The tables hold 1,000 shops: the measured shop, grown through BENCH_INBOX_SIZES (default
 * "10000,100000,1000000" tickets), and 999 neighbours of 1,000 tickets each (999k tickets), so
 * the measured shop always sits in a table of at least a million tickets and indexes must keep
 * shops apart. Every ticket has 5 messages in English, Japanese or Thai. The filtered view is
 * measured twice: Japanese email (a sixth of the tickets) and the returns portal (none of them:
 * the shop never turned it on), the case an index on the filtered column decides.
 */
import os from "node:os";
import pg from "pg";
import { percentile, round } from "./stats.ts";

export interface InboxBenchOptions {
  databaseUrl: string;
  durationMs: number;
  concurrency: number;
  log: (line: string) => void;
}

const SHOP = "bench-inbox.myshopify.com";
const NEIGHBOURS = 999;
const NEIGHBOUR_TICKETS = Number(process.env.BENCH_INBOX_NEIGHBOUR_TICKETS ?? 1000);
const MESSAGES_PER_TICKET = 5;
const SAMPLES = 200;
/** Seeded timestamps count back from here, so a grown seed matches a fresh one. */
const EPOCH = "2026-11-26 12:00:00";
const SEED_TABLES = ["Customer", "Ticket", "Message"];
/** Tickets per insert statement; the statements run on as many connections as there are cores. */
const CHUNK = 100_000;

const neighbour = (index: number) => `bench-neighbour-${String(index).padStart(3, "0")}.myshopify.com`;

/** Tickets numbered 1000 + (from, to] for a shop, with their customers (one per 4 tickets) and messages. */
interface Range {
  shop: string;
  from: number;
  to: number;
}

/**
 * Inserts the ranges' customers, tickets and messages in three INSERT … SELECT generate_series.
 * Ids are derived (md5 of shop and number), so messages need not read the tickets back.
 * Foreign keys are not checked (session_replication_role = replica): the rows are consistent
 * by construction, and 5M lookups of the ticket's primary key would double the time.
 */
async function insertRanges(client: pg.PoolClient, ranges: Range[]) {
  const params = [ranges.map((range) => range.shop), ranges.map((range) => range.from), ranges.map((range) => range.to), EPOCH];
  const from = `unnest($1::text[], $2::int[], $3::int[]) AS r(shop, lo, hi)`;
  await client.query(`SET session_replication_role = replica`);
  await client.query(
    `INSERT INTO "Customer" (id, "shopId", email, "firstName", "lastName", "createdAt", "updatedAt")
     SELECT md5(r.shop || '/customer/' || n)::uuid, r.shop, 'customer' || n || '@example.com',
            (ARRAY['Owen','さくら','สมชาย','Ava'])[1 + n % 4], (ARRAY['Miller','佐藤','ใจดี','Brown'])[1 + n % 4], $4::timestamp, $4::timestamp
     FROM ${from}, generate_series((r.lo + 3) / 4 + 1, (r.hi + 3) / 4) n`,
    params,
  );
  await client.query(
    `INSERT INTO "Ticket" (id, "shopId", number, "customerId", subject, status, priority, channel, language, tags, "awaitingReply", "lastMessageAt", "createdAt", "updatedAt")
     SELECT md5(r.shop || '/ticket/' || g)::uuid, r.shop, 1000 + g, md5(r.shop || '/customer/' || ((g + 3) / 4))::uuid,
            (ARRAY['Where is my order #' || g, '注文#' || g || 'の配送状況について', 'คำสั่งซื้อ #' || g || ' ยังไม่มาถึง', 'Wrong size in #' || g])[1 + g % 4],
            (ARRAY['OPEN','OPEN','PENDING','CLOSED','CLOSED','CLOSED','SNOOZED','CLOSED'])[1 + g % 8]::"TicketStatus",
            (ARRAY['NORMAL','NORMAL','HIGH','LOW','URGENT'])[1 + g % 5]::"TicketPriority",
            (ARRAY['EMAIL','EMAIL','CONTACT_FORM'])[1 + g % 3]::"Channel",
            (ARRAY['en','ja','th','en'])[1 + g % 4],
            CASE WHEN g % 7 = 0 THEN ARRAY['vip'] ELSE ARRAY[]::text[] END,
            g % 3 = 0,
            $4::timestamp - make_interval(mins => g), $4::timestamp - make_interval(mins => g, hours => 5), $4::timestamp
     FROM ${from}, generate_series(r.lo + 1, r.hi) g`,
    params,
  );
  await client.query(
    `INSERT INTO "Message" (id, "shopId", "ticketId", direction, channel, text, "createdAt")
     SELECT md5(r.shop || '/message/' || g || '/' || m)::uuid, r.shop, md5(r.shop || '/ticket/' || g)::uuid,
            -- Every third ticket's customer wrote last, and awaits a reply (Ticket.awaitingReply above).
            (ARRAY['INBOUND','OUTBOUND','NOTE','INBOUND', CASE WHEN g % 3 = 0 THEN 'INBOUND' ELSE 'OUTBOUND' END])[m]::"MessageDirection",
            (ARRAY['EMAIL','EMAIL','CONTACT_FORM'])[1 + g % 3]::"Channel",
            (ARRAY['Hi, my parcel for order ' || (1000 + g) || ' has not arrived. Could you check the tracking?',
                   '注文' || (1000 + g) || 'の商品がまだ届きません。確認していただけますか？湯呑みが割れていました。',
                   'สินค้ายังไม่มาถึงค่ะ คำสั่งซื้อ ' || (1000 + g) || ' ช่วยตรวจสอบให้หน่อย',
                   'Thanks for your patience, the replacement ships today.',
                   'Checked with the carrier, out for delivery.'])[1 + (1000 + g + m) % 5],
            $4::timestamp - make_interval(mins => g, hours => 5 - m)
     FROM ${from}, generate_series(r.lo + 1, r.hi) g, generate_series(1, ${MESSAGES_PER_TICKET}) m`,
    params,
  );
  await client.query(`RESET session_replication_role`);
}

/** Splits ranges into statements of at most CHUNK tickets each. */
function chunk(ranges: Range[]): Range[][] {
  const chunks: Range[][] = [];
  let current: Range[] = [];
  let size = 0;
  for (const range of ranges) {
    for (let lo = range.from; lo < range.to; ) {
      const hi = Math.min(range.to, lo + CHUNK - size);
      current.push({ shop: range.shop, from: lo, to: hi });
      size += hi - lo;
      lo = hi;
      if (size >= CHUNK) {
        chunks.push(current);
        current = [];
        size = 0;
      }
    }
  }
  if (current.length) chunks.push(current);
  return chunks;
}

/** Runs the tasks on `width` pooled connections at once. */
async function inParallel<T>(db: pg.Pool, width: number, tasks: T[], run: (client: pg.PoolClient, task: T) => Promise<void>) {
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(width, tasks.length) }, async () => {
      const client = await db.connect();
      try {
        while (next < tasks.length) await run(client, tasks[next++]!);
      } finally {
        client.release();
      }
    }),
  );
}

/**
 * Brings the measured shop (`shop`, bench-inbox by default; the vitals benchmark grows a devstore
 * shop) to `tickets` tickets and the 999 neighbours to theirs, adding only what is missing. When
 * the rows added outnumber a quarter of those present, the secondary indexes are dropped first
 * and built again after (each timed): a bulk load then costs one sort per index instead of a
 * random insert per row.
 */
export async function seed(db: pg.Pool, tickets: number, log: (line: string) => void, shop = SHOP) {
  const shops = [shop, ...Array.from({ length: NEIGHBOURS }, (_, index) => neighbour(index))];
  await db.query(
    `INSERT INTO "Shop" (id, name, "currencyCode", timezone, "updatedAt") SELECT id, id, 'USD', 'UTC', now() FROM unnest($1::text[]) id ON CONFLICT DO NOTHING`,
    [shops],
  );
  const { rows } = await db.query<{ shopId: string; n: number }>(`SELECT "shopId", max(number) - 1000 AS n FROM "Ticket" GROUP BY 1`);
  const have = new Map(rows.map((row) => [row.shopId, Number(row.n)]));
  const ranges = shops
    .map((name) => ({ shop: name, from: have.get(name) ?? 0, to: name === shop ? tickets : NEIGHBOUR_TICKETS }))
    .filter((range) => range.to > range.from);
  const existing = [...have.values()].reduce((sum, n) => sum + n, 0);
  const adding = ranges.reduce((sum, range) => sum + range.to - range.from, 0);
  const seconds = (started: number) => round((performance.now() - started) / 1000, 1);
  const report = { ticketsAdded: adding, indexesRebuilt: false, insertSeconds: 0, indexSeconds: {} as Record<string, number>, vacuumSeconds: 0, totalSeconds: 0 };
  if (!adding) return report;
  const width = os.cpus().length;
  const started = performance.now();

  const indexes = adding > existing / 4
    ? (
        await db.query<{ name: string; definition: string }>(
          `SELECT i.indexname AS name, i.indexdef AS definition
           FROM pg_indexes i WHERE i.schemaname = 'public' AND i.tablename = ANY ($1)
             AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conname = i.indexname)`,
          [SEED_TABLES],
        )
      ).rows
    : [];
  for (const index of indexes) await db.query(`DROP INDEX "${index.name}"`);
  report.indexesRebuilt = indexes.length > 0;

  let step = performance.now();
  await inParallel(db, width, chunk(ranges), insertRanges);
  report.insertSeconds = seconds(step);
  log(`inserted ${adding} tickets (${adding * MESSAGES_PER_TICKET} messages) in ${report.insertSeconds} s${indexes.length ? `, ${indexes.length} indexes dropped` : ""}`);

  // The trigram GIN indexes are the slow ones; start them first so the btrees fill the gaps.
  const bySize = [...indexes].sort((a, b) => (/gin/i.test(b.definition) ? 1 : 0) - (/gin/i.test(a.definition) ? 1 : 0));
  await inParallel(db, width, bySize, async (client, index) => {
    const began = performance.now();
    await client.query(`SET maintenance_work_mem = '1GB'`);
    await client.query(index.definition);
    report.indexSeconds[index.name] = seconds(began);
    log(`built ${index.name} in ${report.indexSeconds[index.name]} s`);
  });

  step = performance.now();
  // What autovacuum would have done by the time anyone reads a table this size: visibility map
  // (index-only scans) and statistics.
  await inParallel(db, width, SEED_TABLES, async (client, table) => {
    await client.query(`VACUUM (ANALYZE) "${table}"`);
  });
  report.vacuumSeconds = seconds(step);
  report.totalSeconds = seconds(started);
  return report;
}

type Timing = { p50: number; p95: number };

/**
 * Times the app and the expert's SQL in alternation (who goes first alternates too), so the
 * other work on 2 shared cores slows both alike rather than whichever ran during a burst.
 */
async function timePair(samples: number, app: () => Promise<unknown>, sql: () => Promise<unknown>): Promise<{ app: Timing; sql: Timing }> {
  for (let index = 0; index < 5; index++) {
    await app();
    await sql();
  }
  const durations = { app: [] as number[], sql: [] as number[] };
  const measure = async (key: "app" | "sql", run: () => Promise<unknown>) => {
    const started = performance.now();
    await run();
    durations[key].push(performance.now() - started);
  };
  for (let index = 0; index < samples; index++) {
    if (index % 2) await measure("app", app).then(() => measure("sql", sql));
    else await measure("sql", sql).then(() => measure("app", app));
  }
  const summary = (values: number[]): Timing => ({ p50: round(percentile(values, 50), 2), p95: round(percentile(values, 95), 2) });
  return { app: summary(durations.app), sql: summary(durations.sql) };
}

/** Same answer as searchTicketIds, as an expert would write it: the newest 500 of each source, merged. */
const EXPERT_SEARCH = `
  WITH hits AS (
    (SELECT t.id, t."lastMessageAt" FROM "Ticket" t WHERE t."shopId" = $1 AND t.subject ILIKE $2
     ORDER BY t."lastMessageAt" DESC, t.id DESC LIMIT 500)
    UNION
    (SELECT t.id, t."lastMessageAt" FROM "Ticket" t
     WHERE t."shopId" = $1 AND EXISTS (SELECT 1 FROM "Message" m WHERE m."shopId" = $1 AND m."ticketId" = t.id AND m.text ILIKE $2)
     ORDER BY t."lastMessageAt" DESC, t.id DESC LIMIT 500)
    UNION
    (SELECT t.id, t."lastMessageAt" FROM "Customer" c JOIN "Ticket" t ON t."shopId" = $1 AND t."customerId" = c.id
     WHERE c."shopId" = $1 AND (c.email ILIKE $2 OR c."firstName" ILIKE $2 OR c."lastName" ILIKE $2)
     ORDER BY t."lastMessageAt" DESC, t.id DESC LIMIT 500)
    UNION
    (SELECT t.id, t."lastMessageAt" FROM "Order" ord
     JOIN "TicketOrder" o ON o."shopId" = $1 AND o."orderId" = ord.id JOIN "Ticket" t ON t.id = o."ticketId"
     WHERE ord."shopId" = $1 AND ord.name ILIKE $2
     ORDER BY t."lastMessageAt" DESC, t.id DESC LIMIT 500)
  )
  SELECT id FROM hits ORDER BY "lastMessageAt" DESC, id DESC LIMIT 500`;

/** A word in a quarter of the shop's subjects, and a customer's email that four tickets share. */
const SEARCHES = { search: "配送状況", searchRare: "customer1234@" } as const;

export async function benchInbox(options: InboxBenchOptions) {
  const sizes = (process.env.BENCH_INBOX_SIZES ?? "10000,100000,1000000").split(",").map(Number);
  Object.assign(process.env, { DATABASE_URL: options.databaseUrl, SHOPIFY_API_KEY: "bench", SHOPIFY_API_SECRET: "bench", SHOPIFY_APP_URL: "http://127.0.0.1:1", RUN_WORKER: "false" });
  const { listInboxTickets, searchTicketIds } = await import("../app/models/inbox.server.ts");
  const db = new pg.Pool({ connectionString: options.databaseUrl, max: 4 });
  const results = [];
  try {
    // The bench's own server: a bulk load should not checkpoint every gigabyte of WAL.
    await db.query(`ALTER SYSTEM SET max_wal_size = '8GB'`);
    await db.query(`SELECT pg_reload_conf()`);
    for (const size of sizes) {
      const seeded = await seed(db, size, options.log);
      const { rows: counts } = await db.query<{ relname: string; n: number }>(
        `SELECT relname, reltuples::bigint AS n FROM pg_class WHERE relname = ANY ($1) AND relkind = 'r'`,
        [SEED_TABLES],
      );
      const tables = Object.fromEntries(counts.map((row) => [row.relname, Number(row.n)]));
      options.log(`seeded the shop to ${size} tickets in ${seeded.totalSeconds} s; tables: ${JSON.stringify(tables)}`);

      // What an expert would write for the same answers: the page with everything the list shows
      // (customer, last message, linked orders) in one statement.
      const page = (filter: string) => `
        SELECT t.id, t.number, t.subject, t.status, t.priority, t.channel, t.language, t.tags, t."assigneeId", t."lastMessageAt", t."snoozedUntil",
               c."firstName", c."lastName", c.email, last.text, last.direction,
               (SELECT count(*) FROM "TicketOrder" o WHERE o."shopId" = t."shopId" AND o."ticketId" = t.id) AS orders
        FROM "Ticket" t
        LEFT JOIN "Customer" c ON c.id = t."customerId"
        LEFT JOIN LATERAL (
          SELECT text, direction FROM "Message" m
          WHERE m."shopId" = t."shopId" AND m."ticketId" = t.id AND m.direction <> 'NOTE'
          ORDER BY m."createdAt" DESC LIMIT 1
        ) last ON true
        WHERE t."shopId" = $1 AND ${filter}
        ORDER BY t."lastMessageAt" DESC, t.id DESC LIMIT 51`;
      const pairs = {
        defaultView: await timePair(SAMPLES, () => listInboxTickets(SHOP, { view: "open", staffId: null }), () => db.query(page(`t.status = 'OPEN'`), [SHOP])),
        filteredView: await timePair(
          SAMPLES,
          () => listInboxTickets(SHOP, { view: "all", staffId: null, language: "ja", channel: "EMAIL" }),
          () => db.query(page(`t.language = 'ja' AND t.channel = 'EMAIL'`), [SHOP]),
        ),
        filteredRare: await timePair(
          SAMPLES / 4,
          () => listInboxTickets(SHOP, { view: "all", staffId: null, channel: "RETURNS_PORTAL" }),
          () => db.query(page(`t.channel = 'RETURNS_PORTAL'`), [SHOP]),
        ),
        search: await timePair(SAMPLES / 4, () => searchTicketIds(SHOP, SEARCHES.search), () => db.query(EXPERT_SEARCH, [SHOP, `%${SEARCHES.search}%`])),
        searchRare: await timePair(SAMPLES / 4, () => searchTicketIds(SHOP, SEARCHES.searchRare), () => db.query(EXPERT_SEARCH, [SHOP, `%${SEARCHES.searchRare}%`])),
      };
      const keys = Object.keys(pairs) as Array<keyof typeof pairs>;
      const app = Object.fromEntries(keys.map((key) => [key, pairs[key].app])) as Record<keyof typeof pairs, Timing>;
      const sql = Object.fromEntries(keys.map((key) => [key, pairs[key].sql])) as Record<keyof typeof pairs, Timing>;
      // The yardstick must give the same answer, or the comparison means nothing.
      const sameAnswer: Record<string, boolean> = {};
      for (const [key, text] of Object.entries(SEARCHES)) {
        const ours = await searchTicketIds(SHOP, text);
        const theirs = (await db.query<{ id: string }>(EXPERT_SEARCH, [SHOP, `%${text}%`])).rows.map((row) => row.id);
        sameAnswer[key] = ours.length === theirs.length && ours.every((id, index) => id === theirs[index]);
        if (!sameAnswer[key]) options.log(`WARNING: ${key} differs from the expert's SQL (${ours.length} vs ${theirs.length} ids)`);
      }
      const ratio = (key: keyof typeof app) => round(app[key].p95 / Math.max(0.01, sql[key].p95), 2);
      const ratios = Object.fromEntries((Object.keys(app) as Array<keyof typeof app>).map((key) => [key, ratio(key)]));
      results.push({ tickets: size, tables, seed: seeded, app, sql, p95RatioToSql: ratios, sameAnswer });
      options.log(
        `${size}: ` +
          (Object.keys(app) as Array<keyof typeof app>).map((key) => `${key} p50/p95 ${app[key].p50}/${app[key].p95} ms (SQL ${sql[key].p50}/${sql[key].p95})`).join(", "),
      );
    }
  } finally {
    await db.end();
    await (await import("../app/db.server.ts")).default.$disconnect();
  }
  const first = results[0];
  const last = results.at(-1);
  return {
    measuredAt: new Date().toISOString(),
    machine: { cores: os.cpus().length, node: process.version },
    settings: { sizes, shops: NEIGHBOURS + 1, neighbourTickets: NEIGHBOUR_TICKETS, messagesPerTicket: MESSAGES_PER_TICKET, samples: SAMPLES, searches: SEARCHES },
    results,
    p95GrowthLargestToSmallest:
      first && last ? Object.fromEntries((Object.keys(first.app) as Array<keyof typeof first.app>).map((key) => [key, round(last.app[key].p95 / first.app[key].p95, 2)])) : null,
  };
}
