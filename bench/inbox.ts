/**
 * Inbox benchmark (`npm run bench -- inbox`): the inbox list and search at growing sizes, each
 * measured in the same run as the SQL a PostgreSQL expert would write for the same answer.
 *
 * One shop is measured; other shops fill the tables around it (a tenth of its size each, nine of
 * them), so indexes must keep shops apart. Sizes come from BENCH_INBOX_SIZES (default
 * "10000,100000"); each ticket has 5 messages in English, Japanese or Thai.
 */
import pg from "pg";
import { percentile, round } from "./stats.ts";

export interface InboxBenchOptions {
  databaseUrl: string;
  durationMs: number;
  concurrency: number;
  log: (line: string) => void;
}

const SHOP = "bench-inbox.myshopify.com";
const NEIGHBOURS = 9;
const SAMPLES = 200;

/** Inserts `tickets` tickets (and 5 messages each) for `shop`, in SQL: seconds, not minutes. */
async function seedShop(db: pg.Pool, shop: string, tickets: number) {
  await db.query(`INSERT INTO "Shop" (id, name, "currencyCode", timezone, "updatedAt") VALUES ($1, $1, 'USD', 'UTC', now()) ON CONFLICT DO NOTHING`, [shop]);
  const { rows } = await db.query<{ n: string }>(`SELECT count(*) AS n FROM "Ticket" WHERE "shopId" = $1`, [shop]);
  const have = Number(rows[0]!.n);
  if (have >= tickets) return;
  await db.query(
    `INSERT INTO "Customer" (id, "shopId", email, "firstName", "lastName", "updatedAt")
     SELECT gen_random_uuid(), $1, 'customer' || g || '@example.com', (ARRAY['Owen','さくら','สมชาย','Ava'])[1 + g % 4], (ARRAY['Miller','佐藤','ใจดี','Brown'])[1 + g % 4], now()
     FROM generate_series($2::int + 1, $3::int) g`,
    [shop, Math.floor(have / 4), Math.floor(tickets / 4)],
  );
  await db.query(
    `INSERT INTO "Ticket" (id, "shopId", number, "customerId", subject, status, priority, channel, language, tags, "lastMessageAt", "updatedAt")
     SELECT gen_random_uuid(), $1, 1000 + g,
            (SELECT id FROM "Customer" c WHERE c."shopId" = $1 AND c.email = 'customer' || (1 + g / 4) || '@example.com'),
            (ARRAY['Where is my order #' || g, '注文#' || g || 'の配送状況について', 'คำสั่งซื้อ #' || g || ' ยังไม่มาถึง', 'Wrong size in #' || g])[1 + g % 4],
            (ARRAY['OPEN','OPEN','PENDING','CLOSED','CLOSED','CLOSED','SNOOZED','CLOSED'])[1 + g % 8]::"TicketStatus",
            (ARRAY['NORMAL','NORMAL','HIGH','LOW','URGENT'])[1 + g % 5]::"TicketPriority",
            (ARRAY['EMAIL','EMAIL','CONTACT_FORM'])[1 + g % 3]::"Channel",
            (ARRAY['en','ja','th','en'])[1 + g % 4],
            CASE WHEN g % 7 = 0 THEN ARRAY['vip'] ELSE ARRAY[]::text[] END,
            now() - (g || ' minutes')::interval, now()
     FROM generate_series($2::int + 1, $3::int) g`,
    [shop, have, tickets],
  );
  await db.query(
    `INSERT INTO "Message" (id, "shopId", "ticketId", direction, channel, text, "createdAt")
     SELECT gen_random_uuid(), t."shopId", t.id, (ARRAY['INBOUND','OUTBOUND','NOTE','INBOUND','OUTBOUND'])[m]::"MessageDirection", t.channel,
            (ARRAY['Hi, my parcel for order ' || t.number || ' has not arrived. Could you check the tracking?',
                   '注文' || t.number || 'の商品がまだ届きません。確認していただけますか？湯呑みが割れていました。',
                   'สินค้ายังไม่มาถึงค่ะ คำสั่งซื้อ ' || t.number || ' ช่วยตรวจสอบให้หน่อย',
                   'Thanks for your patience, the replacement ships today.',
                   'Checked with the carrier, out for delivery.'])[1 + (t.number + m) % 5],
            t."lastMessageAt" - ((5 - m) || ' hours')::interval
     FROM "Ticket" t CROSS JOIN generate_series(1, 5) m
     WHERE t."shopId" = $1 AND t.number > 1000 + $2::int`,
    [shop, have],
  );
  await db.query(`ANALYZE "Ticket"; ANALYZE "Message"; ANALYZE "Customer"`);
}

async function time(samples: number, run: () => Promise<unknown>): Promise<{ p50: number; p95: number }> {
  for (let index = 0; index < 10; index++) await run();
  const durations: number[] = [];
  for (let index = 0; index < samples; index++) {
    const started = performance.now();
    await run();
    durations.push(performance.now() - started);
  }
  return { p50: round(percentile(durations, 50), 2), p95: round(percentile(durations, 95), 2) };
}

export async function benchInbox(options: InboxBenchOptions) {
  const sizes = (process.env.BENCH_INBOX_SIZES ?? "10000,100000").split(",").map(Number);
  Object.assign(process.env, { DATABASE_URL: options.databaseUrl, SHOPIFY_API_KEY: "bench", SHOPIFY_API_SECRET: "bench", SHOPIFY_APP_URL: "http://127.0.0.1:1", RUN_WORKER: "false" });
  const { listInboxTickets, searchTicketIds } = await import("../app/models/inbox.server.ts");
  const db = new pg.Pool({ connectionString: options.databaseUrl, max: 4 });
  const results = [];
  try {
    for (const size of sizes) {
      const started = performance.now();
      await seedShop(db, SHOP, size);
      for (let index = 0; index < NEIGHBOURS; index++) await seedShop(db, `bench-neighbour-${index}.myshopify.com`, Math.ceil(size / 10));
      options.log(`seeded ${size} tickets (+${NEIGHBOURS} neighbour shops) in ${round((performance.now() - started) / 1000)} s`);

      const app = {
        defaultView: await time(SAMPLES, () => listInboxTickets(SHOP, { view: "open", staffId: null })),
        filteredView: await time(SAMPLES, () => listInboxTickets(SHOP, { view: "all", staffId: null, language: "ja", channel: "EMAIL" })),
        search: await time(SAMPLES / 4, () => searchTicketIds(SHOP, "配送状況")),
      };
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
      const sql = {
        defaultView: await time(SAMPLES, () => db.query(page(`t.status = 'OPEN'`), [SHOP])),
        filteredView: await time(SAMPLES, () => db.query(page(`t.language = 'ja' AND t.channel = 'EMAIL'`), [SHOP])),
        search: await time(SAMPLES / 4, () =>
          db.query(
            `SELECT id FROM "Ticket" WHERE "shopId" = $1 AND (subject ILIKE $2 OR id IN (SELECT "ticketId" FROM "Message" WHERE "shopId" = $1 AND text ILIKE $2)) ORDER BY "lastMessageAt" DESC LIMIT 500`,
            [SHOP, "%配送状況%"],
          ),
        ),
      };
      const ratio = (key: keyof typeof app) => round(app[key].p95 / Math.max(0.01, sql[key].p95), 2);
      results.push({ tickets: size, app, sql, p95RatioToSql: { defaultView: ratio("defaultView"), filteredView: ratio("filteredView"), search: ratio("search") } });
      options.log(`${size}: list p95 ${app.defaultView.p95} ms (SQL ${sql.defaultView.p95}), filtered ${app.filteredView.p95} ms (SQL ${sql.filteredView.p95}), search ${app.search.p95} ms (SQL ${sql.search.p95})`);
    }
  } finally {
    await db.end();
  }
  const first = results[0];
  const last = results.at(-1);
  return {
    measuredAt: new Date().toISOString(),
    machine: { cores: (await import("node:os")).cpus().length, node: process.version },
    settings: { sizes, neighbours: NEIGHBOURS, messagesPerTicket: 5, samples: SAMPLES },
    results,
    p95GrowthLargestToSmallest:
      first && last
        ? { defaultView: round(last.app.defaultView.p95 / first.app.defaultView.p95, 2), filteredView: round(last.app.filteredView.p95 / first.app.filteredView.p95, 2), search: round(last.app.search.p95 / first.app.search.p95, 2) }
        : null,
  };
}
