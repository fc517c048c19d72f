import { Prisma, type Return, type ReturnStatus } from "@prisma/client";
import prisma from "~/db.server";
import type { ReturnResolution } from "~/schemas/returns-policy";
import { isUuid } from "~/uuid";

// Returns (prisma/schema.prisma, model Return): a shopper's request claimed by its key before
// Shopify is asked, then Shopify's state as its answers and the returns/* webhooks say.

/** One returned line as the app keeps it: what the shopper chose, with the names they saw. */
export interface ReturnLine {
  fulfillmentLineItemId: string;
  lineItemId: string;
  title: string;
  variantTitle: string | null;
  quantity: number;
  reasonId: string | null;
  reasonHandle: string | null;
  reasonName: string | null;
  /** Per unit, after discounts, in the shop's currency. */
  unitPrice: string | null;
  currencyCode: string | null;
}

export type StoredReturn = Omit<Return, "lines"> & { lines: ReturnLine[] };

const stored = (row: Return): StoredReturn => ({ ...row, lines: row.lines as unknown as ReturnLine[] });

export interface ReturnClaim {
  requestKey: string;
  orderId: string;
  customerId: string;
  resolution: ReturnResolution;
  lines: ReturnLine[];
  customerNote: string | null;
}

/**
 * Claims a shopper's request by its key before Shopify is asked: `claimed` false answers the
 * row the same key claimed before (the form submitted twice), which is not asked again.
 */
export async function claimReturnRequest(shop: string, claim: ReturnClaim): Promise<{ claimed: boolean; request: StoredReturn }> {
  try {
    const row = await prisma.return.create({
      data: { shopId: shop, ...claim, lines: claim.lines as unknown as Prisma.InputJsonValue },
    });
    return { claimed: true, request: stored(row) };
  } catch (error) {
    if (!(error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002")) throw error;
    const row = await prisma.return.findUniqueOrThrow({ where: { shopId_requestKey: { shopId: shop, requestKey: claim.requestKey } } });
    return { claimed: false, request: stored(row) };
  }
}

/** Shopify refused the request, or could not be asked: the claim goes, so the shopper can try again. */
export async function releaseReturnClaim(shop: string, returnId: string): Promise<void> {
  await prisma.return.deleteMany({ where: { id: returnId, shopId: shop, shopifyId: null } });
}

/** Shopify's state of a return, as its answer or a webhook gives it. */
export interface ShopifyReturnState {
  shopifyId: bigint;
  name: string;
  status: ReturnStatus;
  approvedAt: Date | null;
  closedAt: Date | null;
  declineReason: string | null;
  declineNote: string | null;
  /** When Shopify says it last changed (or when we read it). */
  updatedAt: Date;
}

/**
 * Writes Shopify's state onto the shop's return `returnId` unless a newer one is there already.
 * Answers the status it had before (null: it had none from Shopify yet) and the return now;
 * `null` when the state was older than what is kept, undefined when the shop has no such return.
 */
export async function recordReturnState(
  shop: string,
  returnId: string,
  state: ShopifyReturnState,
  db: Prisma.TransactionClient = prisma,
): Promise<{ previous: ReturnStatus | null; current: StoredReturn } | null | undefined> {
  const [row] = await db.$queryRaw<Array<{ status: ReturnStatus; shopifyId: bigint | null; shopifyUpdatedAt: Date | null }>>`
    SELECT status::text AS status, "shopifyId", "shopifyUpdatedAt" FROM "Return" WHERE id = ${returnId}::uuid AND "shopId" = ${shop} FOR UPDATE`;
  if (!row) return undefined;
  if (row.shopifyUpdatedAt && row.shopifyUpdatedAt > state.updatedAt) return null;
  const current = await db.return.update({
    where: { id: returnId, shopId: shop },
    data: {
      shopifyId: state.shopifyId,
      name: state.name,
      status: state.status,
      approvedAt: state.approvedAt,
      closedAt: state.closedAt,
      declineReason: state.declineReason,
      declineNote: state.declineNote,
      shopifyUpdatedAt: state.updatedAt,
    },
  });
  return { previous: row.shopifyId === null ? null : row.status, current: stored(current) };
}

export async function findReturn(shop: string, returnId: string, db: Prisma.TransactionClient = prisma): Promise<StoredReturn | null> {
  if (!isUuid(returnId)) return null;
  const row = await db.return.findFirst({ where: { id: returnId, shopId: shop } });
  return row && stored(row);
}

export async function findReturnByShopifyId(shop: string, shopifyId: bigint): Promise<StoredReturn | null> {
  const row = await prisma.return.findUnique({ where: { shopId_shopifyId: { shopId: shop, shopifyId } } });
  return row && stored(row);
}

/**
 * Puts the shop's return on the shop's ticket, with the message that asked for it. Answers the
 * return when it was not on the ticket before, null when it was, undefined when there is no such return.
 */
export async function attachReturnToTicket(
  db: Prisma.TransactionClient,
  shop: string,
  returnId: string,
  ticketId: string,
  messageId: string | null,
): Promise<StoredReturn | null | undefined> {
  const found = await findReturn(shop, returnId, db);
  if (!found) return undefined;
  if (found.ticketId === ticketId) return null;
  const row = await db.return.update({ where: { id: found.id, shopId: shop }, data: { ticketId, ...(messageId ? { messageId } : {}) } });
  return stored(row);
}

/** The returns of some of the shop's orders that Shopify has accepted, newest first. */
export async function listOrderReturns(shop: string, orderIds: string[]): Promise<StoredReturn[]> {
  if (!orderIds.length) return [];
  const rows = await prisma.return.findMany({ where: { shopId: shop, orderId: { in: orderIds }, shopifyId: { not: null } }, orderBy: { requestedAt: "desc" } });
  return rows.map(stored);
}

/** Requests a customer made since `since` (the per-customer limit), and the orders they returned anything from. */
export async function countCustomerReturns(shop: string, customerId: string, since: Date): Promise<{ requestsSince: number; returnedOrders: number }> {
  const [requestsSince, orders] = await Promise.all([
    prisma.return.count({ where: { shopId: shop, customerId, requestedAt: { gte: since }, shopifyId: { not: null } } }),
    prisma.return.groupBy({ by: ["orderId"], where: { shopId: shop, customerId, shopifyId: { not: null }, status: { notIn: ["DECLINED", "CANCELED"] } } }),
  ]);
  return { requestsSince, returnedOrders: orders.length };
}

/** The order's requests claimed by a shopper that Shopify's answer never reached (shopifyId unset), oldest first. */
export async function listPendingReturnClaims(shop: string, orderId: string): Promise<StoredReturn[]> {
  const rows = await prisma.return.findMany({ where: { shopId: shop, orderId, shopifyId: null }, orderBy: { createdAt: "asc" }, take: 20 });
  return rows.map(stored);
}

/**
 * A return made in Shopify (by staff, or in Shopify's own customer accounts) that the app has not
 * seen: kept with Shopify's state, without a resolution. Answers the row, or the one another
 * delivery of the same return stored first.
 */
export async function createReturnFromShopify(
  shop: string,
  input: { orderId: string; customerId: string | null; lines: ReturnLine[]; customerNote: string | null; requestedAt: Date; state: ShopifyReturnState },
): Promise<{ created: boolean; request: StoredReturn }> {
  const { state } = input;
  try {
    const row = await prisma.return.create({
      data: {
        shopId: shop,
        orderId: input.orderId,
        customerId: input.customerId,
        lines: input.lines as unknown as Prisma.InputJsonValue,
        customerNote: input.customerNote,
        requestedAt: input.requestedAt,
        shopifyId: state.shopifyId,
        name: state.name,
        status: state.status,
        approvedAt: state.approvedAt,
        closedAt: state.closedAt,
        declineReason: state.declineReason,
        declineNote: state.declineNote,
        shopifyUpdatedAt: state.updatedAt,
      },
    });
    return { created: true, request: stored(row) };
  } catch (error) {
    if (!(error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002")) throw error;
    const row = await prisma.return.findUniqueOrThrow({ where: { shopId_shopifyId: { shopId: shop, shopifyId: state.shopifyId } } });
    return { created: false, request: stored(row) };
  }
}

/** The returns queue's filters: status and resolution; the newest first, a page at a time. */
export interface ReturnQueueFilter {
  status: ReturnStatus | null;
  resolution: ReturnResolution | null;
  /** A reason definition's handle among the return's lines. */
  reason: string | null;
}

export const RETURN_QUEUE_PAGE = 50;

/**
 * The shop's returns Shopify has accepted, newest first, with each one's order and customer,
 * for the Returns page. Reasons are kept in the lines' JSON: filtered by containment, which the
 * (shopId, status, requestedAt) index narrows first.
 */
export async function listReturnQueue(shop: string, filter: ReturnQueueFilter) {
  const rows = await prisma.return.findMany({
    where: {
      shopId: shop,
      shopifyId: { not: null },
      ...(filter.status ? { status: filter.status } : {}),
      ...(filter.resolution ? { resolution: filter.resolution } : {}),
      ...(filter.reason ? { lines: { array_contains: [{ reasonHandle: filter.reason }] } } : {}),
    },
    orderBy: [{ requestedAt: "desc" }, { id: "desc" }],
    take: RETURN_QUEUE_PAGE,
  });
  const orderIds = [...new Set(rows.map((row) => row.orderId))];
  const customerIds = [...new Set(rows.flatMap((row) => (row.customerId ? [row.customerId] : [])))];
  const [orders, customers, counts] = await Promise.all([
    prisma.order.findMany({ where: { shopId: shop, id: { in: orderIds } }, select: { id: true, name: true, shopifyId: true } }),
    prisma.customer.findMany({ where: { shopId: shop, id: { in: customerIds } }, select: { id: true, firstName: true, lastName: true, email: true } }),
    prisma.return.groupBy({ by: ["customerId"], where: { shopId: shop, customerId: { in: customerIds }, shopifyId: { not: null } }, _count: true }),
  ]);
  const orderById = new Map(orders.map((order) => [order.id, order]));
  const customerById = new Map(customers.map((customer) => [customer.id, customer]));
  const returnsByCustomer = new Map(counts.map((count) => [count.customerId, count._count]));
  return rows.map((row) => ({
    ...stored(row),
    order: orderById.get(row.orderId) ?? null,
    customer: row.customerId ? (customerById.get(row.customerId) ?? null) : null,
    customerReturns: row.customerId ? (returnsByCustomer.get(row.customerId) ?? 1) : 0,
  }));
}
export type ReturnQueueRow = Awaited<ReturnType<typeof listReturnQueue>>[number];

/** How many of the shop's returns wait for a decision, for the queue's tab. */
export async function countRequestedReturns(shop: string): Promise<number> {
  return prisma.return.count({ where: { shopId: shop, status: "REQUESTED", shopifyId: { not: null } } });
}

/**
 * Erases what a customer wrote on their returns (customers/redact): their note and the decline
 * note they were sent; the lines, quantities and statuses stay, so the shop's figures add up.
 */
export async function redactCustomerReturns(shop: string, customerId: string, db: Prisma.TransactionClient = prisma): Promise<void> {
  await db.return.updateMany({ where: { shopId: shop, customerId }, data: { customerNote: null, declineNote: null } });
}
