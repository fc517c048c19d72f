import { Prisma } from "@prisma/client";
import prisma, { pool } from "~/db.server";
import { isUuid } from "~/uuid";
import { addActivityToTickets, type ActivityInput } from "./activity.server";
import { isMirrorRecordDeleted, lockMirrorRecord, recordMirrorTombstone } from "./mirror-tombstone.server";
import { listTicketIdsForOrderEvent } from "./ticket.server";

export interface OrderMirrorInput {
  shopifyId: bigint;
  customerId: string | null;
  name: string;
  email: string | null;
  financialStatus: string | null;
  fulfillmentStatus: string | null;
  currencyCode: string;
  subtotal: string;
  totalTax: string;
  totalShipping: string;
  total: string;
  totalRefunded: string;
  lineItems: Prisma.InputJsonValue;
  shippingAddress: Prisma.InputJsonValue | null;
  fulfillments: Prisma.InputJsonValue;
  refunds: Prisma.InputJsonValue;
  tags: string[];
  note: string | null;
  cancelledAt: Date | null;
  cancelReason: string | null;
  shopifyCreatedAt: Date;
  shopifyUpdatedAt: Date;
}

export interface OrderMirrorWrite {
  id: string;
  applied: boolean;
  /** The statuses stored before this write; null for a new order. */
  previous: { financialStatus: string | null; fulfillmentStatus: string | null } | null;
}

// The order's columns as the webhook path writes them, in one place for both of its statements.
const ORDER_COLUMNS = `"customerId", name, email, "financialStatus", "fulfillmentStatus", "currencyCode", subtotal, "totalTax",
  "totalShipping", total, "totalRefunded", "lineItems", "shippingAddress", fulfillments, refunds, tags, note, "cancelledAt",
  "cancelReason", "shopifyCreatedAt", "shopifyUpdatedAt"`;
// Timestamps travel as ISO strings and are stored in UTC, as Prisma stores them, whatever the session's time zone.
const ORDER_VALUES = `$3::uuid, $4, $5, $6, $7, $8, $9::numeric, $10::numeric, $11::numeric, $12::numeric, $13::numeric, $14::jsonb,
  $15::jsonb, $16::jsonb, $17::jsonb, $18::text[], $19, ($20::timestamptz AT TIME ZONE 'UTC'), $21,
  ($22::timestamptz AT TIME ZONE 'UTC'), ($23::timestamptz AT TIME ZONE 'UTC')`;

/** Updates the order when the stored copy is not newer; returns the stored statuses, or nothing when there is no row. */
const UPDATE_ORDER_SQL = `
  WITH previous AS (
    SELECT id, "financialStatus", "fulfillmentStatus", "shopifyUpdatedAt" FROM "Order"
    WHERE "shopId" = $1 AND "shopifyId" = $2 FOR UPDATE
  ),
  updated AS (
    UPDATE "Order" o SET (${ORDER_COLUMNS}, "updatedAt") = (${ORDER_VALUES}, (now() AT TIME ZONE 'UTC'))
    FROM previous WHERE o.id = previous.id AND previous."shopifyUpdatedAt" <= ($23::timestamptz AT TIME ZONE 'UTC')
    RETURNING o.id
  )
  SELECT previous.id, previous."financialStatus", previous."fulfillmentStatus", EXISTS (SELECT 1 FROM updated) AS applied FROM previous`;

const INSERT_ORDER_SQL = `
  INSERT INTO "Order" (id, "shopId", "shopifyId", ${ORDER_COLUMNS}, "updatedAt")
  SELECT gen_random_uuid(), $1, $2, ${ORDER_VALUES}, (now() AT TIME ZONE 'UTC')
  WHERE NOT EXISTS (SELECT 1 FROM "MirrorTombstone" WHERE "shopId" = $1 AND resource = 'ORDER' AND "shopifyId" = $2)
  ON CONFLICT ("shopId", "shopifyId") DO NOTHING
  RETURNING id`;

function orderValues(shop: string, input: OrderMirrorInput) {
  const json = (value: Prisma.InputJsonValue | null) => (value === null ? null : JSON.stringify(value));
  return [
    shop, input.shopifyId, input.customerId, input.name, input.email, input.financialStatus, input.fulfillmentStatus, input.currencyCode,
    input.subtotal, input.totalTax, input.totalShipping, input.total, input.totalRefunded, json(input.lineItems), json(input.shippingAddress),
    json(input.fulfillments), json(input.refunds), input.tags, input.note, input.cancelledAt?.toISOString() ?? null, input.cancelReason,
    input.shopifyCreatedAt.toISOString(), input.shopifyUpdatedAt.toISOString(),
  ];
}

/**
 * Writes an order into the mirror unless the stored copy is newer (by Shopify's `updated_at`).
 * The row is locked while it is compared, so concurrent deliveries for one order serialise.
 * Null when Shopify deleted the order (orders/delete): a deleted order is never written back.
 * Plain SQL on the pool: every webhook of an order lands here, and an existing order is one
 * statement (a new one, two more, under the lock a delete takes).
 */
export async function upsertOrderMirror(shop: string, input: OrderMirrorInput): Promise<OrderMirrorWrite | null> {
  const values = orderValues(shop, input);
  for (;;) {
    const { rows } = await pool.query<{ id: string; financialStatus: string | null; fulfillmentStatus: string | null; applied: boolean }>({
      name: "update-order-mirror",
      text: UPDATE_ORDER_SQL,
      values,
    });
    const [existing] = rows;
    if (existing) {
      return { id: existing.id, applied: existing.applied, previous: { financialStatus: existing.financialStatus, fulfillmentStatus: existing.fulfillmentStatus } };
    }
    // An existing row is never deleted under us (the delete takes its row lock); a missing one may be.
    const created = await prisma.$transaction(async (tx) => {
      await lockMirrorRecord(tx, shop, "ORDER", input.shopifyId);
      if (await isMirrorRecordDeleted(tx, shop, "ORDER", input.shopifyId)) return "deleted" as const;
      const inserted = await tx.$queryRawUnsafe<Array<{ id: string }>>(INSERT_ORDER_SQL, ...values);
      return inserted[0]?.id ?? null;
    });
    if (created === "deleted") return null;
    if (created) return { id: created, applied: true, previous: null };
    // Another delivery inserted it first: compare with that one.
  }
}

/** Where the shop's orders a compliance request names are: by their Shopify ids, and the customer's own. */
function requestedOrdersWhere(shop: string, orders: { shopifyIds: bigint[]; customerId: string | null }): Prisma.OrderWhereInput {
  return { shopId: shop, OR: [{ shopifyId: { in: orders.shopifyIds } }, ...(orders.customerId ? [{ customerId: orders.customerId }] : [])] };
}

/** The shop's orders a customers/data_request names (by Shopify id, and the customer's), oldest first. */
export async function listOrdersForDataRequest(shop: string, orders: { shopifyIds: bigint[]; customerId: string | null }, db: Prisma.TransactionClient = prisma) {
  return db.order.findMany({ where: requestedOrdersWhere(shop, orders), orderBy: { shopifyCreatedAt: "asc" } });
}

/**
 * Erases the personal fields (email, shipping address, note) of the shop's orders a
 * customers/redact names (by Shopify id, and the customer's); amounts and line items stay.
 * Returns the orders it found, read before they were erased.
 */
export async function redactRequestedOrders(shop: string, orders: { shopifyIds: bigint[]; customerId: string | null }, db: Prisma.TransactionClient = prisma) {
  const where = requestedOrdersWhere(shop, orders);
  const found = await db.order.findMany({ where, select: { id: true, shopifyId: true } });
  await db.order.updateMany({ where, data: { email: null, shippingAddress: { redacted: true }, note: null } });
  return found;
}

export interface DeletedOrderMirror {
  id: string;
  name: string;
  customerId: string | null;
  /** The tickets the activity was written on. */
  ticketIds: string[];
}

/**
 * Removes an order Shopify deleted from the mirror, in one transaction: notes it on the tickets
 * it belongs on (its customer's open tickets and those it is linked to), deletes the order, its
 * ticket links and the order actions taken on it, and leaves a tombstone so no later write brings
 * it back. Line items, fulfilments and refunds live in the order row. Null when the mirror never
 * had it (the tombstone is still left). Safe to repeat.
 */
export async function deleteOrderMirror(
  shop: string,
  shopifyId: bigint,
  options: { deletedAt: Date; activity: (order: { name: string }) => Omit<ActivityInput, "actorType" | "actorId"> },
): Promise<DeletedOrderMirror | null> {
  return prisma.$transaction(async (tx) => {
    await lockMirrorRecord(tx, shop, "ORDER", shopifyId);
    await recordMirrorTombstone(tx, shop, "ORDER", shopifyId, options.deletedAt);
    const [order] = await tx.$queryRaw<Array<{ id: string; name: string; customerId: string | null }>>`
      SELECT id, name, "customerId" FROM "Order" WHERE "shopId" = ${shop} AND "shopifyId" = ${shopifyId} FOR UPDATE`;
    if (!order) return null;
    const ticketIds = await listTicketIdsForOrderEvent(shop, { customerId: order.customerId, orderId: order.id }, tx);
    await addActivityToTickets(shop, ticketIds, options.activity(order), tx);
    // No foreign key holds an action to its order; the ticket's timeline keeps what was done.
    await tx.orderAction.deleteMany({ where: { shopId: shop, orderId: order.id } });
    await tx.ticketOrder.deleteMany({ where: { shopId: shop, orderId: order.id } });
    await tx.order.deleteMany({ where: { shopId: shop, id: order.id } });
    return { ...order, ticketIds };
  });
}

/** The ids of the customer's orders in the shop among those named ("#1042"). */
export async function findCustomerOrderIdsByName(shop: string, customerId: string, names: string[], db: Prisma.TransactionClient = prisma): Promise<string[]> {
  if (!names.length) return [];
  const orders = await db.order.findMany({ where: { shopId: shop, customerId, name: { in: names } }, select: { id: true } });
  return orders.map((order) => order.id);
}

/** How many of a shopper's orders the storefront shows, newest first. */
export const SHOPPER_ORDERS_SHOWN = 20;

/**
 * The orders of the shop's customer whom Shopify signed in (their Shopify customer id), newest
 * first. Never by email: an address proves nothing on the storefront. An erased customer has none.
 */
export async function listShopperOrders(shop: string, shopifyCustomerId: bigint) {
  return prisma.order.findMany({
    where: { shopId: shop, customer: { shopId: shop, shopifyId: shopifyCustomerId, redactedAt: null } },
    orderBy: [{ shopifyCreatedAt: "desc" }, { id: "desc" }],
    take: SHOPPER_ORDERS_SHOWN,
    select: { id: true, name: true, shopifyCreatedAt: true, currencyCode: true, total: true, financialStatus: true, fulfillmentStatus: true, cancelledAt: true, lineItems: true, fulfillments: true },
  });
}
export type ShopperOrder = Awaited<ReturnType<typeof listShopperOrders>>[number];

/**
 * One order of the shop's customer whom Shopify signed in, with that customer: null when the
 * order is not theirs (another customer's, another shop's, an erased customer's) or not there.
 */
export async function findShopperOrder(shop: string, shopifyCustomerId: bigint, orderId: string) {
  if (!isUuid(orderId)) return null;
  return prisma.order.findFirst({
    where: { id: orderId, shopId: shop, customer: { shopId: shop, shopifyId: shopifyCustomerId, redactedAt: null } },
    select: {
      id: true,
      shopifyId: true,
      name: true,
      total: true,
      currencyCode: true,
      cancelledAt: true,
      customer: { select: { id: true, email: true, firstName: true, lastName: true, tags: true, ordersCount: true, language: true } },
    },
  });
}
/** The name ("#1042") of one of the shop's orders, or null. */
export async function findOrderName(shop: string, orderId: string): Promise<string | null> {
  if (!isUuid(orderId)) return null;
  return (await prisma.order.findFirst({ where: { id: orderId, shopId: shop }, select: { name: true } }))?.name ?? null;
}

export type ShopperOrderForReturn = NonNullable<Awaited<ReturnType<typeof findShopperOrder>>>;

/** The webhook topics that carry an order, or news of one. */
const ORDER_TOPICS = ["orders/create", "orders/updated", "orders/edited", "orders/cancelled", "orders/fulfilled", "refunds/create"];

/**
 * The orders whose mirror is older than the last webhook Shopify sent about them in the window:
 * a delivery that failed, was lost behind an older one, or never carried the order (edits,
 * refunds whose refetch failed). Shopify's `X-Shopify-Triggered-At` says when the change happened.
 */
export async function findStaleOrders(since: Date, limit = 500) {
  return prisma.$queryRaw<Array<{ shopId: string; orderGid: string }>>`
    WITH latest AS (
      SELECT d."shopId",
             'gid://shopify/Order/' || coalesce(
               substring(d.payload->>'admin_graphql_api_id' from 'gid://shopify/Order/(\\d+)'),
               d.payload->>'order_id',
               d.payload->'order_edit'->>'order_id') AS "orderGid",
             max(coalesce(d."triggeredAt", d."receivedAt")) AS "changedAt"
      FROM "WebhookDelivery" d
      WHERE d."receivedAt" >= ${since} AND d.topic = ANY(${ORDER_TOPICS})
      GROUP BY 1, 2
    )
    SELECT latest."shopId", latest."orderGid"
    FROM latest
    JOIN "Shop" s ON s.id = latest."shopId" AND s."uninstalledAt" IS NULL
    LEFT JOIN "Order" o ON o."shopId" = latest."shopId" AND 'gid://shopify/Order/' || o."shopifyId" = latest."orderGid"
    WHERE latest."orderGid" <> 'gid://shopify/Order/'
      AND (o.id IS NULL OR o."shopifyUpdatedAt" < latest."changedAt" - interval '5 seconds')
      -- An order Shopify deleted is missing on purpose (orders/delete).
      AND NOT EXISTS (
        SELECT 1 FROM "MirrorTombstone" t
        WHERE t."shopId" = latest."shopId" AND t.resource = 'ORDER' AND 'gid://shopify/Order/' || t."shopifyId" = latest."orderGid")
    LIMIT ${limit}`;
}
