/**
 * Where Prisma's per-query time goes (`npx tsx bench/prisma-overhead.ts`): on an embedded
 * PostgreSQL of its own, one shop with a ticket like the vitals benchmark's (a customer with five
 * orders, a thread of messages, its timeline), the same reads timed N times each (BENCH_N, 500):
 * through Prisma's client (query compiler + pg adapter), through Prisma's $queryRaw, and as plain
 * SQL on the pg pool Prisma runs on. p50 and p95 in ms, sequential, after a warm-up.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { isDeepStrictEqual, inspect } from "node:util";
import { PrismaPg } from "@prisma/adapter-pg";
import { Prisma, PrismaClient } from "@prisma/client";
import { Session } from "@shopify/shopify-api";
import { PrismaSessionStorage } from "@shopify/shopify-app-session-storage-prisma";
import pg from "pg";
import { startEmbeddedPostgres } from "../scripts/embedded-postgres.ts";
import { migrateDatabase } from "../scripts/migrate-database.ts";
import { percentile, round } from "./stats.ts";

const N = Number(process.env.BENCH_N ?? 500);
const SHOP = "overhead.myshopify.com";

const dir = mkdtempSync(path.join(tmpdir(), "frontdesk-overhead-"));
const server = await startEmbeddedPostgres({ dir, quiet: true });
try {
  await server.createDatabase("overhead");
  const url = server.urlFor("overhead");
  await migrateDatabase(url, { quiet: true });
  // The app's own modules, on this database.
  Object.assign(process.env, { DATABASE_URL: url, SHOPIFY_API_KEY: "overhead", SHOPIFY_API_SECRET: "overhead", SHOPIFY_APP_URL: "https://overhead.example" });
  const { default: prisma, pool } = await import("../app/db.server.ts");
  const { getTicketPage } = await import("../app/models/inbox.server.ts");
  const { listStaffMembers } = await import("../app/models/staff-member.server.ts");

  const { ticketId, customerId } = await seedTicket(prisma);
  const before = await getTicketPageThroughPrisma(prisma, SHOP, ticketId);
  const after = await getTicketPage(SHOP, ticketId);
  if (!isDeepStrictEqual(before, after)) throw new Error(`The ticket page's reads differ:\n${inspect(before, { depth: 5 })}\n${inspect(after, { depth: 5 })}`);
  if (await getTicketPage("other.myshopify.com", ticketId)) throw new Error("Another shop's ticket was found");
  const { PooledSessionStorage } = await import("../app/models/session-storage.server.ts");
  const libraryStorage = new PrismaSessionStorage(prisma);
  const pooledStorage = new PooledSessionStorage(prisma);
  await libraryStorage.storeSession(
    new Session({
      id: `${SHOP}_42`,
      shop: SHOP,
      state: "state",
      isOnline: true,
      scope: "read_orders,write_orders",
      expires: new Date(Date.now() + 3_600_000),
      accessToken: "online-token",
      onlineAccessInfo: { expires_in: 3600, associated_user_scope: "read_orders", associated_user: { id: 42, first_name: "Ada", last_name: "L", email: "ada@example.com", email_verified: true, account_owner: false, locale: "ja", collaborator: false } },
    }),
  );
  for (const id of [`${SHOP}_42`, `offline_${SHOP}`, "missing"]) {
    const [expected, actual] = await Promise.all([libraryStorage.loadSession(id), pooledStorage.loadSession(id)]);
    // The library's Session is @shopify/shopify-api's CommonJS class (the package has no ESM
    // entry for Node), ours its ESM one, as shopify-app-remix's: compared as data.
    const asData = (session: Session | undefined) => session && { ...session, properties: session.toPropertyArray(true) };
    if (!isDeepStrictEqual(asData(expected), asData(actual))) throw new Error(`Session ${id} differs:\n${inspect(expected)}\n${inspect(actual)}`);
  }
  const only = process.env.BENCH_ONLY?.split(",");
  const cases: Array<[string, () => Promise<unknown>]> = [
    ["SELECT 1: pool", () => pool.query("SELECT 1")],
    ["SELECT 1: $queryRaw", () => prisma.$queryRaw`SELECT 1`],
    ["ticket by id: pool", () => pool.query(`SELECT * FROM "Ticket" WHERE "shopId" = $1 AND id = $2`, [SHOP, ticketId])],
    ["ticket by id: findFirst", () => prisma.ticket.findFirst({ where: { id: ticketId, shopId: SHOP } })],
    ["ticket by id: findFirst select 6", () => prisma.ticket.findFirst({ where: { id: ticketId, shopId: SHOP }, select: { id: true, number: true, subject: true, status: true, channel: true, lastMessageAt: true } })],
    ["ticket by id: $queryRaw", () => prisma.$queryRaw`SELECT * FROM "Ticket" WHERE "shopId" = ${SHOP} AND id = ${ticketId}::uuid`],
    ["ticket + customer: pool join", () => pool.query(`SELECT t.*, c.* FROM "Ticket" t LEFT JOIN "Customer" c ON c.id = t."customerId" WHERE t."shopId" = $1 AND t.id = $2`, [SHOP, ticketId])],
    ["ticket + customer: include (query)", () => prisma.ticket.findFirst({ where: { id: ticketId, shopId: SHOP }, include: { customer: true } })],
    ["messages (20): pool", () => pool.query(`SELECT * FROM "Message" WHERE "shopId" = $1 AND "ticketId" = $2 ORDER BY "createdAt"`, [SHOP, ticketId])],
    ["messages (20): findMany", () => prisma.message.findMany({ where: { shopId: SHOP, ticketId }, orderBy: { createdAt: "asc" } })],
    ["activities (20): pool", () => pool.query(`SELECT * FROM "Activity" WHERE "shopId" = $1 AND "ticketId" = $2 ORDER BY "createdAt"`, [SHOP, ticketId])],
    ["activities (20): findMany", () => prisma.activity.findMany({ where: { shopId: SHOP, ticketId }, orderBy: { createdAt: "asc" } })],
    ["orders (5): pool", () => pool.query(`SELECT * FROM "Order" WHERE "shopId" = $1 AND "customerId" = $2 ORDER BY "shopifyCreatedAt" DESC LIMIT 10`, [SHOP, customerId])],
    ["orders (5): findMany", () => prisma.order.findMany({ where: { shopId: SHOP, customerId }, orderBy: { shopifyCreatedAt: "desc" }, take: 10 })],
    ["staff (5): pool", () => pool.query(`SELECT id, "firstName", "lastName", "displayName" FROM "StaffMember" WHERE "shopId" = $1 ORDER BY "firstName", id LIMIT 200`, [SHOP])],
    ["staff (5): findMany", () => prisma.staffMember.findMany({ where: { shopId: SHOP }, orderBy: [{ firstName: "asc" }, { id: "asc" }], take: 200, select: { id: true, firstName: true, lastName: true, displayName: true } })],
    ["session by id: pool", () => pool.query(`SELECT * FROM "Session" WHERE id = $1`, ["offline_" + SHOP])],
    ["session by id: findUnique", () => prisma.session.findUnique({ where: { id: "offline_" + SHOP } })],
    ["session: library loadSession", () => libraryStorage.loadSession(`${SHOP}_42`)],
    ["session: pooled loadSession", () => pooledStorage.loadSession(`${SHOP}_42`)],
    ["ticket page: Prisma, 8 queries in 2 waves", () => Promise.all([getTicketPageThroughPrisma(prisma, SHOP, ticketId), listStaffMembers(SHOP)])],
    ["ticket page: pool, 8 statements at once", () => Promise.all([getTicketPage(SHOP, ticketId), listStaffMembers(SHOP)])],
  ];
  const results: Record<string, { p50: number; p95: number }> = {};
  for (const [name, run] of cases) {
    if (only && !only.some((part) => name.includes(part))) continue;
    for (let index = 0; index < 30; index++) await run();
    const durations: number[] = [];
    for (let index = 0; index < N; index++) {
      const started = performance.now();
      await run();
      durations.push(performance.now() - started);
    }
    results[name] = { p50: round(percentile(durations, 50), 3), p95: round(percentile(durations, 95), 3) };
    console.log(`${name.padEnd(40)} p50 ${results[name].p50.toFixed(3)} ms  p95 ${results[name].p95.toFixed(3)} ms`);
  }
  if (process.env.BENCH_PROFILE_COMPILER) await profileCompiler(prisma, ticketId);
  await prisma.$disconnect();
  await pool.end();
} finally {
  await server.stop();
  rmSync(dir, { recursive: true, force: true });
}

/**
 * Splits one findMany into its parts by timing the adapter's queryRaw (what reaches PostgreSQL)
 * from inside the client: everything else is compilation, interpretation and result mapping.
 */
async function profileCompiler(prisma: PrismaClient, ticketId: string) {
  const adapterTimes: number[] = [];
  const pool = new pg.Pool({ connectionString: server.urlFor("overhead"), max: 10 });
  const adapter = new PrismaPg(pool);
  const original = adapter.connect.bind(adapter);
  adapter.connect = async () => {
    const connected = await original();
    const queryRaw = connected.queryRaw.bind(connected);
    connected.queryRaw = async (query) => {
      const started = performance.now();
      try {
        return await queryRaw(query);
      } finally {
        adapterTimes.push(performance.now() - started);
      }
    };
    return connected;
  };
  const timed = new PrismaClient({ adapter });
  const totals: number[] = [];
  for (let index = 0; index < 30 + N; index++) {
    const started = performance.now();
    await timed.message.findMany({ where: { shopId: SHOP, ticketId }, orderBy: { createdAt: "asc" } });
    if (index >= 30) totals.push(performance.now() - started);
  }
  const inAdapter = adapterTimes.slice(-N);
  console.log(`messages findMany: total p50 ${round(percentile(totals, 50), 3)} ms, in the adapter's queryRaw p50 ${round(percentile(inAdapter, 50), 3)} ms`);
  await timed.$disconnect();
  await pool.end();
  void prisma;
}

/** getTicketPage as it was through Prisma (before it read on the pool), to compare results and time. */
async function getTicketPageThroughPrisma(prisma: PrismaClient, shop: string, ticketId: string) {
  const [ticket, messages, attachments, activities, returns] = await Promise.all([
    prisma.ticket.findFirst({ where: { id: ticketId, shopId: shop }, include: { customer: true } }),
    prisma.message.findMany({ where: { shopId: shop, ticketId }, orderBy: { createdAt: "asc" } }),
    prisma.attachment.findMany({
      where: { shopId: shop, message: { shopId: shop, ticketId } },
      select: { id: true, messageId: true, filename: true, size: true, contentType: true, contentId: true },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    }),
    prisma.activity.findMany({ where: { shopId: shop, ticketId }, orderBy: { createdAt: "asc" } }),
    prisma.return.findMany({ where: { shopId: shop, ticketId }, orderBy: { requestedAt: "desc" }, take: 20 }),
  ]);
  if (!ticket) return null;
  const customerId = ticket.customerId;
  const [orders, otherTickets] = await Promise.all([
    customerId ? prisma.order.findMany({ where: { shopId: shop, customerId }, orderBy: { shopifyCreatedAt: "desc" }, take: 10 }) : [],
    customerId
      ? prisma.ticket.findMany({
          where: { shopId: shop, customerId, id: { not: ticket.id } },
          orderBy: { lastMessageAt: "desc" },
          take: 10,
          select: { id: true, number: true, subject: true, status: true, channel: true, lastMessageAt: true },
        })
      : [],
  ]);
  const byMessage = new Map<string, Array<Omit<(typeof attachments)[number], "messageId">>>();
  for (const { messageId, ...attachment } of attachments) byMessage.set(messageId, [...(byMessage.get(messageId) ?? []), attachment]);
  return { ticket, messages: messages.map((message) => ({ ...message, attachments: byMessage.get(message.id) ?? [] })), activities, orders, otherTickets, returns };
}

async function seedTicket(prisma: PrismaClient) {
  await prisma.shop.create({ data: { id: SHOP, name: "Overhead", currencyCode: "USD", timezone: "UTC" } });
  await prisma.session.create({ data: { id: "offline_" + SHOP, shop: SHOP, state: "", isOnline: false, accessToken: "token", scope: "read_orders" } });
  for (let index = 0; index < 5; index++) await prisma.staffMember.create({ data: { shopId: SHOP, id: BigInt(100 + index), firstName: `Agent ${index}` } });
  const customer = await prisma.customer.create({ data: { shopId: SHOP, shopifyId: 1n, email: "c@example.com", firstName: "Ada", lastName: "Lovelace", amountSpent: new Prisma.Decimal("123.45"), tags: ["vip"] } });
  for (let index = 0; index < 5; index++) {
    await prisma.order.create({
      data: {
        shopId: SHOP,
        shopifyId: BigInt(1000 + index),
        customerId: customer.id,
        name: `#${1000 + index}`,
        currencyCode: "USD",
        subtotal: "10.00",
        total: "12.00",
        lineItems: [{ title: "Widget", quantity: 1, price: "10.00" }],
        totalRefunded: index === 1 ? "2.50" : undefined,
        cancelledAt: index === 2 ? new Date(Date.UTC(2026, 10, 20)) : null,
        shippingAddress: index === 3 ? { city: "Kyoto", country: "Japan" } : undefined,
        shopifyCreatedAt: new Date(Date.now() - index * 86_400_000),
        shopifyUpdatedAt: new Date(),
      },
    });
  }
  const ticket = await prisma.ticket.create({
    data: { shopId: SHOP, number: 1, customerId: customer.id, subject: "Five parcels", tags: ["shipping"], assigneeId: 100n, slaDueAt: new Date(Date.UTC(2026, 11, 2, 12)), priority: "URGENT" },
  });
  for (let index = 0; index < 20; index++) {
    const at = new Date(Date.UTC(2026, 11, 1, 9, index, 30, 123));
    const message = await prisma.message.create({
      data: { shopId: SHOP, ticketId: ticket.id, direction: index % 2 ? "OUTBOUND" : "INBOUND", text: `Message ${index} `.repeat(20), html: `<p>Message ${index}</p>`, createdAt: at, sentAt: index % 2 ? at : null, isSenderVerified: index % 3 ? null : true },
    });
    if (index % 5 === 0) await prisma.attachment.create({ data: { shopId: SHOP, messageId: message.id, filename: `photo-${index}.jpg`, contentType: "image/jpeg", size: 3, contentId: `cid-${index}`, content: Buffer.from([1, 2, 3]) } });
    await prisma.activity.create({ data: { shopId: SHOP, ticketId: ticket.id, kind: "status_changed", actorType: "staff", actorId: "100", data: { from: "OPEN", to: "PENDING" }, createdAt: at } });
  }
  // Their other tickets, one without tags; and another shop's ticket that must not be read.
  await prisma.ticket.create({ data: { shopId: SHOP, number: 2, customerId: customer.id, subject: "An earlier question", status: "CLOSED", lastMessageAt: new Date(Date.UTC(2026, 10, 3)) } });
  await prisma.shop.create({ data: { id: "other.myshopify.com", name: "Other", currencyCode: "USD", timezone: "UTC" } });
  return { ticketId: ticket.id, customerId: customer.id };
}
