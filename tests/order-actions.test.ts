import type { ActivityKind } from "@prisma/client";
import { describe, expect, it } from "vitest";
import prisma from "~/db.server";
import { cancelTicketOrder } from "~/services/order-actions/cancel-ticket-order.server";
import { changeOrderAddress } from "~/services/order-actions/change-order-address.server";
import { editTicketOrder } from "~/services/order-actions/edit-ticket-order.server";
import { getOrderCancelProgress } from "~/services/order-actions/get-order-cancel-progress.server";
import { refundTicketOrder } from "~/services/order-actions/refund-ticket-order.server";
import { sendOrderInvoice } from "~/services/order-actions/send-order-invoice.server";
import { suggestTicketRefund } from "~/services/order-actions/suggest-ticket-refund.server";
import type { OrderActionContext } from "~/services/order-actions/types";
import { refreshOrderMirror } from "~/services/refresh-order-mirror.server";
import { unauthenticated } from "~/shopify.server";
import type { AdminClient } from "~/shopify/admin-client.server";
import { parseGid } from "~/shopify/gid";
import type { ProductVariant } from "../devstore/objects";
import { getStaffDisplayName } from "~/models/staff-member.server";
import { loader as appLoader } from "~/routes/app";
import { action as orderAction } from "~/routes/app.tickets.$id.orders.$orderId";
import { BROWSER_USER_AGENT } from "../scripts/app-process";
import { TEST_APP_URL } from "./config";
import { callRoute, embeddedRequest, useDevstore } from "./devstore";
import { createShop, createTicket } from "./factories/records";
import { expectConsoleError } from "./setup/console";

// The order actions an agent takes from a ticket, against a real database and the devstore's
// Admin GraphQL, through the app's own Shopify client.

const devstore = useDevstore();
const ana = { id: 81_400_000_101n, name: "Ana Ortiz" };
const ben = { id: 81_400_000_102n, name: "Ben Okafor" };
const installed = new Set<string>();


/** The shop installed as a merchant installs it: the embedded app's first load (token exchange). */
async function adminFor(shop: string): Promise<AdminClient> {
  if (!installed.has(shop)) {
    await callRoute(appLoader, embeddedRequest("/app", shop, await devstore.current.mintSessionToken(shop)));
    installed.add(shop);
  }
  return (await unauthenticated.admin(shop)).admin;
}

function shopState(shop: string) {
  return devstore.current.state.shops.get(shop)!;
}

/** Two variants of one product, the second dearer (a bigger size), when the catalogue has them. */
function sizes(shop: string): [ProductVariant, ProductVariant] {
  const products = shopState(shop).products.filter((product) => product.variants.length >= 2);
  const stepped = products.find((product) => Number(product.variants[1]!.price) > Number(product.variants[0]!.price)) ?? products[0]!;
  return [stepped.variants[0]!, stepped.variants[1]!];
}

/** A new paid, unfulfilled order in the devstore, mirrored, on a ticket of its customer. */
async function ticketWithOrder(shop: string, lines: Array<[ProductVariant, number]>, staff = ana) {
  const admin = await adminFor(shop);
  const { order } = await devstore.current.events.create(shop, { variants: lines.map(([variant, quantity]) => ({ variant: variant.id, quantity })) });
  const shopifyId = parseGid(order.customer!.id);
  const customer = await prisma.customer.upsert({
    where: { shopId_shopifyId: { shopId: shop, shopifyId } },
    create: { shopId: shop, shopifyId, email: order.customer!.email },
    update: {},
  });
  const mirrored = await refreshOrderMirror({ shop, admin, orderGid: order.id });
  const ticket = await createTicket(shop, { customerId: customer.id, subject: `About ${order.name}` });
  const context: OrderActionContext = { admin, shop, ticketId: ticket.id, orderId: mirrored!.id, staff };
  return { admin, order, ticket, context };
}

async function activities(ticketId: string, kind: ActivityKind) {
  return prisma.activity.findMany({ where: { ticketId, kind }, orderBy: { createdAt: "asc" } });
}

const mirrorOf = (orderId: string) => prisma.order.findUniqueOrThrow({ where: { id: orderId } });
const presentment = (bag: { presentmentMoney: { amount: string; currencyCode: string } }) => ({ amount: bag.presentmentMoney.amount, currencyCode: bag.presentmentMoney.currencyCode });

describe("editing an order from a ticket", () => {
  it("swaps a size: the preview shows the new totals and balance, the commit saves it once, refreshes the mirror, writes one activity and links the payment owed", async () => {
    const shop = devstore.current.shops[0]!;
    const [small, large] = sizes(shop);
    const { order, ticket, context } = await ticketWithOrder(shop, [[small, 1]]);
    const line = order.lineItems[0]!;
    const changes = [{ kind: "swapVariant" as const, lineItemId: line.id, variantId: large.id, restock: true }];

    const previewed = await editTicketOrder({ ...context, changes });
    if (!previewed.ok) throw new Error(previewed.errors.join("; "));
    const { preview } = previewed.value;
    expect(previewed.value).toMatchObject({ committed: false, paymentUrl: null });
    expect(preview.lines).toEqual([
      expect.objectContaining({ lineItemId: line.id, variantId: small.id, quantity: 0, isRemoved: true, isAdded: false, lockedReason: null }),
      expect.objectContaining({ lineItemId: null, variantId: large.id, quantity: 1, isAdded: true, isRemoved: false, unitPrice: { amount: expect.any(String), currencyCode: order.presentmentCurrencyCode } }),
    ]);
    expect(preview.originalTotal).toEqual(presentment(order.currentTotalPriceSet));
    const paid = Number(preview.originalTotal.amount) - Number(presentment(order.totalOutstandingSet).amount);
    expect(Number(preview.balance.amount)).toBeCloseTo(Number(preview.total.amount) - paid, 2);
    expect(Number(preview.total.amount)).toBeCloseTo(Number(preview.subtotal.amount) + Number(preview.shipping.amount) + (order.taxesIncluded ? 0 : Number(preview.tax.amount)), 2);
    // A preview changes nothing.
    expect(order.lineItems.map((item) => item.currentQuantity)).toEqual([1]);

    const commit = { notifyCustomer: false, staffNote: "Size swap from ticket", idempotencyKey: crypto.randomUUID() };
    const committed = await editTicketOrder({ ...context, changes, commit });
    if (!committed.ok) throw new Error(committed.errors.join("; "));
    expect(committed.value.committed).toBe(true);
    expect(committed.value.preview.total).toEqual(preview.total);
    expect(order.lineItems.map((item) => [item.variant?.id, item.currentQuantity])).toEqual([
      [small.id, 0],
      [large.id, 1],
    ]);
    const owes = Number(presentment(order.totalOutstandingSet).amount) > 0;
    expect(owes).toBe(true);
    expect(committed.value.paymentUrl).toEqual(expect.stringContaining("/invoices/"));

    const again = await editTicketOrder({ ...context, changes, commit });
    expect(again).toEqual(committed);
    expect(order.lineItems).toHaveLength(2);

    const mirror = await mirrorOf(context.orderId);
    expect((mirror.lineItems as Array<{ variantId: string; currentQuantity: number }>).map((item) => [item.variantId, item.currentQuantity])).toEqual([
      [String(parseGid(small.id)), 0],
      [String(parseGid(large.id)), 1],
    ]);
    // The mirror holds the order as it stands after the edit, which is what the preview showed.
    expect(mirror.total.toFixed(2)).toBe(order.currentTotalPriceSet.shopMoney.amount);
    // …and the preview (in the customer's currency) showed the same order.
    expect(Number(committed.value.preview.total.amount).toFixed(2)).toBe(Number(order.currentTotalPriceSet.presentmentMoney.amount).toFixed(2));
    const written = await activities(ticket.id, "order_edited");
    expect(written).toHaveLength(1);
    expect(written[0]).toMatchObject({ actorType: "staff", actorId: String(ana.id) });
    expect(written[0]!.data).toMatchObject({ orderId: order.id, orderName: order.name, staffName: ana.name, total: preview.total, staffNote: commit.staffNote, notifyCustomer: false });
  });

  it("discounts the line an edit adds, by its position among the added lines", async () => {
    const shop = devstore.current.shops[0]!;
    const [small, large] = sizes(shop);
    const { order, context } = await ticketWithOrder(shop, [[small, 1]]);
    const result = await editTicketOrder({
      ...context,
      changes: [
        { kind: "addVariant", variantId: large.id, quantity: 2 },
        { kind: "addDiscount", line: { addedIndex: 0 }, discount: { percent: 50 }, reason: "Sorry for the wait" },
      ],
    });
    if (!result.ok) throw new Error(result.errors.join("; "));
    const added = result.value.preview.lines.find((line) => line.isAdded)!;
    // Half the variant's price, in the order's presentment currency (to a cent's rounding).
    const expected = (Number(large.price) * order.pricing.presentment.rate) / 2;
    expect(Math.abs(Number(added.unitPrice.amount) - expected) / expected).toBeLessThan(0.01);
  });

  it("locks a fulfilled line and answers Shopify's words when asked to lower it", async () => {
    const shop = devstore.current.shops[0]!;
    const [variant] = sizes(shop);
    const { order, context } = await ticketWithOrder(shop, [[variant, 2]]);
    await devstore.current.events.fulfil(shop, order.id);
    const preview = await editTicketOrder({ ...context, changes: [] });
    if (!preview.ok) throw new Error(preview.errors.join("; "));
    expect(preview.value.preview.lines).toEqual([expect.objectContaining({ lineItemId: order.lineItems[0]!.id, quantity: 2, editableQuantity: 0, lockedReason: "Fulfilled" })]);
    const lowered = await editTicketOrder({ ...context, changes: [{ kind: "setQuantity", lineItemId: order.lineItems[0]!.id, quantity: 1, restock: true }] });
    expect(lowered).toEqual({ ok: false, code: "USER_ERRORS", errors: [expect.stringContaining("fulfilled")] });
  });

  it("refuses an order Shopify does not let the merchant edit, with Shopify's reason, before beginning", async () => {
    const shop = devstore.current.shops[0]!;
    const [variant] = sizes(shop);
    const { order, ticket, context } = await ticketWithOrder(shop, [[variant, 1]]);
    await devstore.current.events.cancel(shop, order.id);
    const result = await editTicketOrder({ ...context, changes: [], commit: { notifyCustomer: false, staffNote: "", idempotencyKey: crypto.randomUUID() } });
    expect(result).toEqual({ ok: false, code: "INVALID", errors: [`Order ${order.name} can't be edited: Order is cancelled.`] });
    expect(await activities(ticket.id, "order_edited")).toHaveLength(0);
    expect(shopState(shop).orders.find((candidate) => candidate.id === order.id)!.edited).toBeFalsy();
  });
});

describe("refunding an order from a ticket", () => {
  it("suggests a partial refund with restock in presentment money, refunds it, refreshes the mirror and records the refund on the ticket", async () => {
    const shop = devstore.current.shops[0]!;
    const [first, second] = sizes(shop);
    const { order, ticket, context } = await ticketWithOrder(shop, [
      [first, 2],
      [second, 1],
    ]);
    const lines = [{ lineItemId: order.lineItems[0]!.id, quantity: 1, restockType: "RETURN" as const }];
    const suggested = await suggestTicketRefund({ ...context, lines, shipping: null });
    if (!suggested.ok) throw new Error(suggested.errors.join("; "));
    const unit = presentment(order.lineItems[0]!.originalUnitPriceSet);
    expect(suggested.value).toMatchObject({ currencyCode: order.presentmentCurrencyCode, subtotal: unit, shipping: { amount: expect.stringMatching(/^0(\.0+)?$/) }, storeCreditAllowed: true });
    expect(suggested.value.transactions).toEqual([expect.objectContaining({ gateway: order.transactions[0]!.gateway, parentId: order.transactions[0]!.id, amount: suggested.value.total })]);

    const stock = first.inventoryQuantity;
    const refunded = await refundTicketOrder({ ...context, lines, shipping: null, note: "Too small", notifyCustomer: false, toStoreCredit: false });
    if (!refunded.ok) throw new Error(refunded.errors.join("; "));
    expect(order.refunds.map((refund) => refund.id)).toEqual([refunded.value.refundId]);
    expect(refunded.value.total).toEqual(suggested.value.total);
    expect(first.inventoryQuantity).toBe(stock + 1);

    const mirror = await mirrorOf(context.orderId);
    expect(mirror.totalRefunded.toFixed(2)).toBe(order.totalRefundedSet.shopMoney.amount);
    expect(Number(mirror.totalRefunded)).toBeGreaterThan(0);
    expect(mirror.financialStatus).toBe("PARTIALLY_REFUNDED");
    const [activity, ...more] = await activities(ticket.id, "order_refunded");
    expect(more).toEqual([]);
    expect(activity!.data).toMatchObject({ refundId: refunded.value.refundId, amount: suggested.value.total, orderId: order.id, staffName: ana.name, lines, toStoreCredit: false });
  });

  it("refunds to store credit instead of the card when asked", async () => {
    const shop = devstore.current.shops[0]!;
    const [variant] = sizes(shop);
    const { order, context } = await ticketWithOrder(shop, [[variant, 1]]);
    const refunded = await refundTicketOrder({ ...context, lines: [{ lineItemId: order.lineItems[0]!.id, quantity: 1, restockType: "NO_RESTOCK" }], shipping: null, note: "", notifyCustomer: false, toStoreCredit: true });
    if (!refunded.ok) throw new Error(refunded.errors.join("; "));
    const credit = order.transactions.filter((transaction) => transaction.kind === "REFUND");
    expect(credit.map((transaction) => transaction.gateway)).toEqual(["shopify_store_credit"]);
  });

  it("answers Shopify's own message when asked to refund more than was bought", async () => {
    const shop = devstore.current.shops[0]!;
    const [variant] = sizes(shop);
    const { order, ticket, context } = await ticketWithOrder(shop, [[variant, 2]]);
    const result = await refundTicketOrder({ ...context, lines: [{ lineItemId: order.lineItems[0]!.id, quantity: 3, restockType: "NO_RESTOCK" }], shipping: { full: true }, note: "", notifyCustomer: false, toStoreCredit: false });
    expect(result).toEqual({ ok: false, code: "USER_ERRORS", errors: ["Quantity cannot refund more items than were purchased"] });
    const nowhere = await refundTicketOrder({ ...context, lines: [{ lineItemId: order.lineItems[0]!.id, quantity: 1, restockType: "RETURN", locationId: "gid://shopify/Location/1" }], shipping: null, note: "", notifyCustomer: false, toStoreCredit: false });
    expect(nowhere).toEqual({ ok: false, code: "USER_ERRORS", errors: ["Location does not exist"] });
    expect(order.refunds).toHaveLength(0);
    expect(await activities(ticket.id, "order_refunded")).toHaveLength(0);
    expect(await prisma.orderAction.findFirst({ where: { shopId: shop, ticketId: ticket.id } })).toMatchObject({ status: "FAILED", kind: "order_refunded" });
  });

  it("makes one refund when two agents press the same refund at the same time", async () => {
    const shop = devstore.current.shops[0]!;
    const [variant] = sizes(shop);
    const { order, ticket, context } = await ticketWithOrder(shop, [[variant, 2]]);
    const refund = { lines: [{ lineItemId: order.lineItems[0]!.id, quantity: 1, restockType: "NO_RESTOCK" as const }], shipping: null, notifyCustomer: false, toStoreCredit: false };
    const answers = await Promise.all([
      refundTicketOrder({ ...context, staff: ana, ...refund, note: "Ana: damaged" }),
      refundTicketOrder({ ...context, staff: ben, ...refund, note: "Ben: damaged" }),
    ]);
    expect(order.refunds).toHaveLength(1);
    for (const answer of answers) {
      if (answer.ok) expect(answer.value.refundId).toBe(order.refunds[0]!.id);
      else expect(answer.code).toBe("IN_PROGRESS");
    }
    expect(answers.some((answer) => answer.ok)).toBe(true);
    expect(await prisma.orderAction.findMany({ where: { shopId: shop, ticketId: ticket.id }, select: { status: true, staffId: true } })).toEqual([
      { status: "DONE", staffId: expect.any(BigInt) },
    ]);
    expect(await activities(ticket.id, "order_refunded")).toHaveLength(1);

    // Once the mirror has the refund, the same refund asked again is a second one.
    const second = await refundTicketOrder({ ...context, ...refund, note: "The other one too" });
    expect(second.ok).toBe(true);
    expect(order.refunds).toHaveLength(2);
  });
});

describe("settling an edit that lowered the total", () => {
  it("refunds the difference as money alone, to the original payment, and the order owes nothing after", async () => {
    const shop = devstore.current.shops[0]!;
    const [variant] = sizes(shop);
    const { order, ticket, context } = await ticketWithOrder(shop, [[variant, 2]]);
    const committed = await editTicketOrder({
      ...context,
      changes: [{ kind: "setQuantity", lineItemId: order.lineItems[0]!.id, quantity: 1, restock: true }],
      commit: { notifyCustomer: false, staffNote: "One instead of two", idempotencyKey: crypto.randomUUID() },
    });
    if (!committed.ok) throw new Error(committed.errors.join("; "));
    const owed = committed.value.preview.balance.amount.replace(/^-/, "");
    expect(Number(committed.value.preview.balance.amount)).toBeLessThan(0);

    const suggested = await suggestTicketRefund({ ...context, lines: [], shipping: null, amount: owed });
    if (!suggested.ok) throw new Error(suggested.errors.join("; "));
    expect(suggested.value.total.amount).toBe(owed);
    expect(suggested.value.transactions.map((transaction) => transaction.amount.amount)).toEqual([owed]);

    const seen = (await mirrorOf(context.orderId)).shopifyUpdatedAt.toISOString();
    const refunded = await refundTicketOrder({ ...context, lines: [], shipping: null, amount: owed, note: "Difference after the edit", notifyCustomer: false, toStoreCredit: false, seenOrderUpdatedAt: seen });
    if (!refunded.ok) throw new Error(refunded.errors.join("; "));
    expect(Number(refunded.value.total.amount)).toBeCloseTo(Number(owed), 2);
    // Nothing owed either way (to the cent: the refund is in the customer's currency, converted).
    expect(Math.abs(Number(order.totalOutstandingSet.presentmentMoney.amount))).toBeLessThanOrEqual(0.01);
    expect(order.refunds.at(-1)!.refundLineItems).toEqual([]);
    expect(await activities(ticket.id, "order_refunded")).toHaveLength(1);
  });

  it("refuses a refund confirmed on a view of the order that has since changed", async () => {
    const shop = devstore.current.shops[0]!;
    const [variant] = sizes(shop);
    const { order, context } = await ticketWithOrder(shop, [[variant, 2]]);
    const refund = { lines: [{ lineItemId: order.lineItems[0]!.id, quantity: 1, restockType: "NO_RESTOCK" as const }], shipping: null, note: "", notifyCustomer: false, toStoreCredit: false };
    const answer = await refundTicketOrder({ ...context, ...refund, seenOrderUpdatedAt: "2020-01-01T00:00:00.000Z" });
    expect(answer).toMatchObject({ ok: false, code: "STALE" });
    expect(order.refunds).toHaveLength(0);
  });
});

describe("any order action", () => {
  it("happens once for the same idempotency key, answering the stored result", async () => {
    const shop = devstore.current.shops[0]!;
    const [small] = sizes(shop);
    const { order, ticket, context } = await ticketWithOrder(shop, [[small, 1]]);
    const invoices = () => devstore.current.orderActions.forShop(shop).invoices.filter((invoice) => invoice.orderId === order.id);
    const idempotencyKey = crypto.randomUUID();
    const first = await sendOrderInvoice({ ...context, idempotencyKey, message: "Here is the link for the difference" });
    const second = await sendOrderInvoice({ ...context, staff: ben, idempotencyKey, message: "Here is the link for the difference" });
    expect(first).toEqual({ ok: true, value: { to: order.email, outstanding: presentment(order.totalOutstandingSet) } });
    expect(second).toEqual(first);
    expect(invoices()).toEqual([expect.objectContaining({ to: order.email, customMessage: "Here is the link for the difference" })]);
    expect(await prisma.orderAction.count({ where: { shopId: shop, idempotencyKey } })).toBe(1);
    expect(await activities(ticket.id, "order_invoice_sent")).toEqual([expect.objectContaining({ actorId: String(ana.id), data: expect.objectContaining({ to: order.email }) })]);

    const refund = { lines: [{ lineItemId: order.lineItems[0]!.id, quantity: 1, restockType: "NO_RESTOCK" as const }], shipping: null, note: "", notifyCustomer: false, toStoreCredit: false, idempotencyKey: crypto.randomUUID() };
    await refundTicketOrder({ ...context, ...refund });
    await refundTicketOrder({ ...context, ...refund });
    expect(order.refunds).toHaveLength(1);
  });

  it("answers IN_PROGRESS while the same action runs, and takes over one left running by a process that died", async () => {
    const shop = devstore.current.shops[0]!;
    const [variant] = sizes(shop);
    const { order, ticket, context } = await ticketWithOrder(shop, [[variant, 1]]);
    const refund = { lines: [{ lineItemId: order.lineItems[0]!.id, quantity: 1, restockType: "NO_RESTOCK" as const }], shipping: null, note: "", notifyCustomer: false, toStoreCredit: false };
    const claim = { shopId: shop, ticketId: ticket.id, orderId: context.orderId, kind: "order_refunded", input: {}, staffId: ben.id, status: "RUNNING" as const };

    const running = crypto.randomUUID();
    await prisma.orderAction.create({ data: { ...claim, idempotencyKey: running } });
    expect(await refundTicketOrder({ ...context, ...refund, idempotencyKey: running })).toEqual({ ok: false, code: "IN_PROGRESS", errors: [expect.any(String)] });
    expect(order.refunds).toHaveLength(0);

    const abandoned = crypto.randomUUID();
    await prisma.orderAction.create({ data: { ...claim, idempotencyKey: abandoned, updatedAt: new Date(Date.now() - 10 * 60_000) } });
    expect(await refundTicketOrder({ ...context, ...refund, idempotencyKey: abandoned })).toMatchObject({ ok: true });
    expect(order.refunds).toHaveLength(1);
    expect(await prisma.orderAction.findFirstOrThrow({ where: { shopId: shop, idempotencyKey: abandoned } })).toMatchObject({ status: "DONE", staffId: ana.id });
  });

  it("says in plain words which access the app lacks when Shopify denies it", async () => {
    const shop = devstore.current.shops[1]!;
    const [variant] = sizes(shop);
    const { order, ticket, context } = await ticketWithOrder(shop, [[variant, 1]]);
    const sessionId = `offline_${shop}`;
    const { accessToken } = await prisma.session.findUniqueOrThrow({ where: { id: sessionId } });
    const narrow = devstore.current.tokens.issue({ shop, kind: "offline", scopes: ["read_orders", "write_orders", "read_customers", "read_products"] });
    await prisma.session.update({ where: { id: sessionId }, data: { accessToken: narrow.token } });
    try {
      const { admin } = await unauthenticated.admin(shop);
      const idempotencyKey = crypto.randomUUID();
      const result = await editTicketOrder({ ...context, admin, changes: [], commit: { notifyCustomer: false, staffNote: "", idempotencyKey } });
      expect(result).toEqual({
        ok: false,
        code: "ACCESS_DENIED",
        errors: ["Frontdesk needs permission to edit orders (write_order_edits). Ask the store owner to update the app's access."],
      });
      expect(await editTicketOrder({ ...context, admin, changes: [] })).toMatchObject({ ok: false, code: "ACCESS_DENIED" });
      expect(await prisma.orderAction.findFirstOrThrow({ where: { shopId: shop, idempotencyKey } })).toMatchObject({ status: "FAILED" });
      expect(await activities(ticket.id, "order_edited")).toHaveLength(0);
      expect(order.edited).toBeFalsy();
    } finally {
      await prisma.session.update({ where: { id: sessionId }, data: { accessToken } });
    }
  });

  it("does not run again an edit whose commit Shopify applied but whose answer was lost, and says to check the order", async () => {
    const shop = devstore.current.shops[0]!;
    const [variant] = sizes(shop);
    const { order, ticket, context } = await ticketWithOrder(shop, [[variant, 1]]);
    // The commit reaches Shopify, then the connection drops before the answer comes back.
    const admin: AdminClient = {
      async graphql(query, options) {
        const response = await context.admin.graphql(query, options);
        if (query.includes("orderEditCommit")) throw new TypeError("fetch failed: socket hang up");
        return response;
      },
    };
    const commit = { notifyCustomer: false, staffNote: "", idempotencyKey: crypto.randomUUID() };
    const changes = [{ kind: "addCustomItem" as const, title: "Gift wrap", price: "3.00", quantity: 1, taxable: false, requiresShipping: false }];
    const consoleError = expectConsoleError();
    const lost = await editTicketOrder({ ...context, admin, changes, commit });
    expect(lost).toMatchObject({ ok: false, code: "UNAVAILABLE" });
    // The outcome is unknown: the log says so, for whoever checks the order.
    expect(consoleError).toHaveBeenCalledWith("order_edited failed without an answer from Shopify:", "fetch failed: socket hang up");
    const wrapped = () => order.lineItems.filter((item) => item.title === "Gift wrap").length;
    expect(wrapped()).toBe(1);

    // Pressed again with the same key (the same confirmation): answered, not run a second time.
    expect(await editTicketOrder({ ...context, changes, commit })).toMatchObject({ ok: false, code: "UNAVAILABLE" });
    expect(wrapped()).toBe(1);
    expect(await activities(ticket.id, "order_edited")).toHaveLength(0);
    // A key made for another kind of action is refused rather than answered with its result.
    expect(await refundTicketOrder({ ...context, lines: [], shipping: { full: true }, note: "", notifyCustomer: false, toStoreCredit: false, idempotencyKey: commit.idempotencyKey })).toMatchObject({ ok: false, code: "INVALID" });
  });

  it("acts as the agent: one whose Shopify staff account may not refund is told so in plain words, and nothing is refunded", async () => {
    const shop = devstore.current.shops[0]!;
    const [variant] = sizes(shop);
    const { order, ticket, context } = await ticketWithOrder(shop, [[variant, 1]]);
    const nattaya = shopState(shop).staff.find((member) => member.orderPermissions.length === 0)!;
    const post = async (userId: string) =>
      (await callRoute(
        (args) => orderAction({ ...args, params: { id: ticket.id, orderId: context.orderId } }),
        new Request(`${TEST_APP_URL}/app/tickets/${ticket.id}/orders/${context.orderId}`, {
          method: "POST",
          headers: { "User-Agent": BROWSER_USER_AGENT, Authorization: `Bearer ${await devstore.current.mintSessionToken(shop, userId)}`, "Content-Type": "application/json" },
          body: JSON.stringify({ intent: "refund", lines: [{ lineItemId: order.lineItems[0]!.id, quantity: 1, restockType: "NO_RESTOCK" }], shipping: null, note: "", notifyCustomer: false, toStoreCredit: false, seenOrderUpdatedAt: (await mirrorOf(context.orderId)).shopifyUpdatedAt.toISOString() }),
        }),
      )).data as Response;
    const refused = await post(nattaya.id.replace(/\D/g, ""));
    expect(refused.status).toBe(403);
    expect(await refused.json()).toEqual({
      ok: false,
      code: "ACCESS_DENIED",
      errors: ["Your Shopify staff account is not allowed to refund orders. Ask the store owner to give you that permission in Shopify (Settings → Users)."],
    });
    expect(order.refunds).toHaveLength(0);
    // Shopify told us who she is when she signed in: colleagues see her name.
    expect(await getStaffDisplayName(shop, BigInt(nattaya.id.replace(/\D/g, "")))).toBe("Nattaya Srisuk");

    const owner = shopState(shop).staff.find((member) => member.isShopOwner)!;
    expect((await post(owner.id.replace(/\D/g, ""))).status).toBe(200);
    expect(order.refunds).toHaveLength(1);
  });

  it("still succeeds when Shopify answers THROTTLED to every other call", async () => {
    const shop = devstore.current.shops[1]!;
    const [small, large] = sizes(shop);
    const { order, context } = await ticketWithOrder(shop, [[small, 2]]);
    let calls = 0;
    let throttled = 0;
    const admin: AdminClient = {
      graphql(query, options) {
        if (calls++ % 2 === 0) {
          devstore.current.throttle(shop).forceThrottle(1);
          throttled++;
        }
        return context.admin.graphql(query, options);
      },
    };
    const edited = await editTicketOrder({
      ...context,
      admin,
      changes: [{ kind: "swapVariant", lineItemId: order.lineItems[0]!.id, variantId: large.id, restock: false }],
      commit: { notifyCustomer: true, staffNote: "Swap", idempotencyKey: crypto.randomUUID() },
    });
    expect(edited).toMatchObject({ ok: true, value: { committed: true } });
    const refunded = await refundTicketOrder({ ...context, admin, lines: [{ lineItemId: order.lineItems[1]!.id, quantity: 1, restockType: "RETURN" }], shipping: null, note: "", notifyCustomer: false, toStoreCredit: false });
    expect(refunded.ok).toBe(true);
    expect(order.refunds).toHaveLength(1);
    expect(throttled).toBeGreaterThanOrEqual(6);
    expect(throttled).toBe(Math.ceil(calls / 2));
  });

  it("answers NOT_FOUND for another shop's ticket or order, and for an order that is not the ticket's", async () => {
    const shop = devstore.current.shops[0]!;
    const [variant] = sizes(shop);
    const { order, context } = await ticketWithOrder(shop, [[variant, 1]]);
    const { id: otherShop } = await createShop();
    const foreignTicket = await createTicket(otherShop, { customerId: null });
    const plan = { lines: [{ lineItemId: order.lineItems[0]!.id, quantity: 1, restockType: "NO_RESTOCK" as const }], shipping: null };
    const notFound = { ok: false, code: "NOT_FOUND", errors: [expect.any(String)] };

    expect(await suggestTicketRefund({ ...context, ticketId: foreignTicket.id, ...plan })).toEqual(notFound);
    expect(await suggestTicketRefund({ ...context, shop: otherShop, ...plan })).toEqual(notFound);
    expect(await cancelTicketOrder({ ...context, shop: otherShop, ticketId: foreignTicket.id, reason: "OTHER", restock: false, refund: "NONE", notifyCustomer: false, staffNote: "" })).toEqual(notFound);
    expect(await suggestTicketRefund({ ...context, orderId: "not-a-uuid", ...plan })).toEqual(notFound);

    // A ticket of someone else in the same shop may act on the order only once it is linked to it.
    const unrelated = await createTicket(shop, { customerId: null });
    expect(await suggestTicketRefund({ ...context, ticketId: unrelated.id, ...plan })).toEqual(notFound);
    await prisma.ticketOrder.create({ data: { shopId: shop, ticketId: unrelated.id, orderId: context.orderId } });
    expect(await suggestTicketRefund({ ...context, ticketId: unrelated.id, ...plan })).toMatchObject({ ok: true });
    expect(order.refunds).toHaveLength(0);
  });
});

describe("cancelling an order from a ticket", () => {
  it("cancels with restock and refund in a job, reports progress until done, then the mirror shows it cancelled", async () => {
    const shop = devstore.current.shops[0]!;
    const [variant] = sizes(shop);
    const { order, ticket, context } = await ticketWithOrder(shop, [[variant, 2]]);
    const stock = variant.inventoryQuantity;
    const input = { ...context, reason: "CUSTOMER" as const, restock: true, refund: "ORIGINAL" as const, notifyCustomer: false, staffNote: "Asked by email" };
    const started = await cancelTicketOrder(input);
    if (!started.ok) throw new Error(started.errors.join("; "));
    expect(started.value).toEqual({ jobId: expect.stringMatching(/^gid:\/\/shopify\/Job\//), done: false });
    expect(await cancelTicketOrder({ ...input, staff: ben })).toEqual(started);

    const progress = [];
    for (let attempt = 0; attempt < 50; attempt++) {
      const answer = await getOrderCancelProgress({ admin: context.admin, shop, jobId: started.value.jobId });
      if (!answer.ok) throw new Error(answer.errors.join("; "));
      progress.push(answer.value.done);
      if (answer.value.done) break;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(progress.at(-1)).toBe(true);
    expect(await cancelTicketOrder(input)).toEqual({ ok: true, value: { jobId: started.value.jobId, done: true } });
    expect(variant.inventoryQuantity).toBe(stock + 2);
    const mirror = await mirrorOf(context.orderId);
    expect(mirror.cancelledAt).not.toBeNull();
    expect(mirror).toMatchObject({ cancelReason: "CUSTOMER", financialStatus: "REFUNDED" });
    const [activity, ...more] = await activities(ticket.id, "order_cancelled");
    expect(more).toEqual([]);
    expect(activity!.data).toMatchObject({ jobId: started.value.jobId, reason: "CUSTOMER", restock: true, refund: "ORIGINAL", staffName: ana.name, orderId: order.id });

    expect(await getOrderCancelProgress({ admin: context.admin, shop: devstore.current.shops[1]!, jobId: started.value.jobId })).toMatchObject({ ok: false, code: "NOT_FOUND" });
  });
});

describe("changing an order's shipping address from a ticket", () => {
  it("refuses an incomplete address field by field, passes Shopify's own refusal on, then changes it and keeps the old one in the activity", async () => {
    const shop = devstore.current.shops[0]!;
    const [variant] = sizes(shop);
    const { order, ticket, context } = await ticketWithOrder(shop, [[variant, 1]]);
    const before = order.shippingAddress;

    const incomplete = await changeOrderAddress({ ...context, idempotencyKey: crypto.randomUUID(), address: { lastName: " ", address1: "1 Main St", city: "", countryCode: "US" } });
    expect(incomplete).toEqual({
      ok: false,
      code: "INVALID",
      errors: ["Enter a last name", "Enter a city"],
      fieldErrors: { lastName: ["Enter a last name"], city: ["Enter a city"] },
    });

    const refused = await changeOrderAddress({ ...context, idempotencyKey: crypto.randomUUID(), address: { lastName: "Lovelace", address1: "1 Main St", city: "Chicago", countryCode: "US", provinceCode: "ON", zip: "60601" } });
    expect(refused).toEqual({ ok: false, code: "USER_ERRORS", errors: ["State is not a valid state in United States"] });

    const address = { firstName: "Ada", lastName: "Lovelace", address1: "1 Main St", city: "Chicago", countryCode: "us", provinceCode: "IL", zip: "60601" };
    const changed = await changeOrderAddress({ ...context, idempotencyKey: crypto.randomUUID(), address });
    if (!changed.ok) throw new Error(changed.errors.join("; "));
    expect(changed.value.shippingAddress).toMatchObject({ lastName: "Lovelace", city: "Chicago", countryCodeV2: "US", provinceCode: "IL" });
    expect(changed.value.previousAddress).toMatchObject({ city: before?.city ?? null, address1: before?.address1 ?? null });
    const mirror = await mirrorOf(context.orderId);
    expect(mirror.shippingAddress).toMatchObject({ address1: "1 Main St", city: "Chicago" });
    const [activity, ...more] = await activities(ticket.id, "order_address_changed");
    expect(more).toEqual([]);
    expect(activity!.data).toMatchObject({ from: { city: before?.city ?? null }, to: { city: "Chicago", lastName: "Lovelace" }, staffName: ana.name });
  });

  it("refuses to change where a fulfilled order ships", async () => {
    const shop = devstore.current.shops[0]!;
    const [variant] = sizes(shop);
    const { order, context } = await ticketWithOrder(shop, [[variant, 1]]);
    await devstore.current.events.fulfil(shop, order.id);
    const result = await changeOrderAddress({ ...context, idempotencyKey: crypto.randomUUID(), address: { lastName: "Lovelace", address1: "1 Main St", city: "Chicago", countryCode: "US", provinceCode: "IL", zip: "60601" } });
    expect(result).toEqual({ ok: false, code: "INVALID", errors: [`Order ${order.name} has already been fulfilled, so its address can't be changed.`] });
  });
});
