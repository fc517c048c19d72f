import { randomUUID } from "node:crypto";
import type { GraphQLResolveInfo } from "graphql";
import { toGid, type MailingAddress, type Order } from "./objects.ts";
import { accessDenied, staffAccessDenied, type StaffPermission, adjustInventory, isFulfilled, userError, type CancelJob, type OrderActionStore, type UserError } from "./order-action-store.ts";
import { createOrderEditMutations } from "./order-edits.ts";
import { buildTransaction } from "./seed/build-orders.ts";
import { orderContextFor, shopOwnerId } from "./order-events.ts";
import { shopMinor } from "./order-totals.ts";
import { allocateToPayments, applyRefund, createRefundMutation, maximumRefundable, STORE_CREDIT_GATEWAY, suggestRefund } from "./refunds.ts";
import { cancelOrder, findOrder, updateOrder } from "./state.ts";
import { orderPayload } from "./webhook-payloads.ts";

// The Admin API mutations Frontdesk calls to act on orders (edit, refund, cancel, update, invoice),
// with Shopify's arguments, payloads and userErrors. Quoted messages are Shopify's, recorded from
// live 2026-04 responses in airhorns/shopify-draft-proxy's conformance fixtures
// (fixtures/conformance/…/orders/orderCancel-error-messages.json, orderUpdate-input-validation.json,
// orderInvoiceSend-email-validation.json, fulfillment-multi-tracking-info.json); the rest say so.

type Args = Record<string, any>;
type Resolver = (args: Args, context: unknown, info: GraphQLResolveInfo) => unknown;

const ORDER_EDIT_FIELDS = [
  "orderEditBegin",
  "orderEditSetQuantity",
  "orderEditAddVariant",
  "orderEditAddCustomItem",
  "orderEditAddLineItemDiscount",
  "orderEditRemoveDiscount",
  "orderEditAddShippingLine",
  "orderEditUpdateShippingLine",
  "orderEditRemoveShippingLine",
  "orderEditCommit",
] as const;

/** The Mutation root's order-action fields for one request; other fields are left to the caller. */
export function createOrderMutationRoot(store: OrderActionStore, request: { shop: string; scopes: string[]; staffPermissions?: readonly StaffPermission[] }): Record<string, Resolver> {
  const { shop, scopes, staffPermissions } = request;
  // An online token acts as its staff member: the app's scope and that person's permission both count.
  const guarded = (field: string, scope: string, permission: StaffPermission, resolve: Resolver): Resolver => (args, context, info) => {
    if (!scopes.includes(scope)) throw accessDenied(field, scope);
    if (staffPermissions && !staffPermissions.includes(permission)) throw staffAccessDenied(field, scope, permission);
    return resolve(args, context, info);
  };
  const edits = createOrderEditMutations(store, shop);
  const root: Record<string, Resolver> = {};
  for (const field of ORDER_EDIT_FIELDS) root[field] = guarded(field, "write_order_edits", "EDIT_ORDERS", (args) => edits[field](args));
  root.refundCreate = guarded("refundCreate", "write_orders", "REFUND_ORDERS", createRefundMutation(store, shop) as Resolver);
  root.orderCancel = guarded("orderCancel", "write_orders", "MANAGE_ORDERS", (args) => cancel(store, shop, args));
  root.orderUpdate = guarded("orderUpdate", "write_orders", "MANAGE_ORDERS", (args) => update(store, shop, args.input));
  root.orderInvoiceSend = guarded("orderInvoiceSend", "write_orders", "MANAGE_ORDERS", (args) => sendInvoice(store, shop, args));
  return root;
}

/** Fields of Admin types the devstore computes on read, by `Type.field`. */
export const COMPUTED_FIELDS: Record<string, (source: any, args: Args, request: { shop: string; scopes: string[] }) => unknown> = {
  "Order.suggestedRefund": (order: Order, args, request) => {
    if (!request.scopes.includes("write_orders") && !request.scopes.includes("read_orders")) throw accessDenied("suggestedRefund", "read_orders");
    return suggestRefund(order, args);
  },
  "Order.paymentCollectionDetails": (order: Order) => ({
    __typename: "OrderPaymentCollectionDetails",
    // Shopify's invoice checkout link for a balance left by an edit; none when nothing is owed.
    additionalPaymentCollectionUrl: shopMinor(order.totalOutstandingSet) > 0 && !order.cancelledAt ? `${order.statusPageUrl.replace(/\/orders\/.*$/, "")}/invoices/${order.legacyResourceId}${order.updatedAt.replace(/\D/g, "")}` : null,
    vaultedPaymentMethods: [],
  }),
};

/** `job(id)`: a cancel job, run now if its time has come (a job query after the delay sees it done). */
export function findJob(store: OrderActionStore, shop: string, id: string) {
  const job = store.forShop(shop).jobs.get(id);
  if (!job) return null;
  if (!job.done && Date.now() >= job.dueAt) job.run?.();
  return { __typename: "Job", id: job.id, done: job.done, query: {} };
}

function jobResult(store: OrderActionStore, shop: string, job: CancelJob) {
  return { __typename: "OrderCancelJobResult", id: job.id.replace("/Job/", "/OrderCancelJobResult/"), done: job.done, status: job.status, errors: job.errors, order: findOrder(store.state, shop, job.orderId) };
}

function cancel(store: OrderActionStore, shop: string, args: Args) {
  const { state } = store;
  const refused = (errors: UserError[]) => ({ job: null, jobResult: null, orderCancelUserErrors: errors, userErrors: errors.map(({ field, message }) => ({ field, message })) });
  const order = findOrder(state, shop, args.orderId);
  // Guessed wording (code NOT_FOUND is in the schema's OrderCancelUserErrorCode).
  if (!order) return refused([userError(["orderId"], "Order does not exist", "NOT_FOUND")]);
  if (args.staffNote && args.staffNote.length > 255) return refused([userError(["staffNote"], "Staff note is too long. Maximum length is 255 characters.", "INVALID")]);
  if (args.refund != null && args.refundMethod != null) return refused([userError(["refund"], "Only one of the arguments `refund` or `refund_method` is allowed.", "INVALID")]);
  if (order.cancelledAt) return refused([userError(["orderId"], "Cannot cancel an order that has already been canceled", "INVALID")]);
  if (isFulfilled(order)) return refused([userError(["orderId"], "Cannot cancel an order that has outstanding fulfillments", "INVALID")]);
  const storeCredit = args.refundMethod?.storeCreditRefund as { expiresAt?: string | null } | undefined;
  // Guessed wording for the two store-credit checks; the codes are the schema's.
  if (storeCredit && !order.customer) return refused([userError(["refundMethod", "storeCreditRefund"], "A customer is required to refund to store credit.", "STORE_CREDIT_REFUND_MISSING_CUSTOMER")]);
  if (storeCredit?.expiresAt && new Date(storeCredit.expiresAt) <= state.now()) return refused([userError(["refundMethod", "storeCreditRefund", "expiresAt"], "The store credit expiry date must be in the future.", "STORE_CREDIT_REFUND_EXPIRATION_IN_PAST")]);

  const uuid = randomUUID();
  const job: CancelJob = { id: toGid("Job", uuid), orderId: order.id, done: false, status: "STARTED", errors: [], dueAt: Date.now() + store.cancelDelayMs };
  const toRefund = args.refund === true || args.refundMethod?.originalPaymentMethodsRefund === true ? "original" : storeCredit ? "storeCredit" : null;
  job.run = () => {
    job.run = undefined;
    runCancel(store, shop, order, { reason: args.reason, restock: args.restock, refund: toRefund, staffNote: args.staffNote ?? null });
    job.done = true;
    job.status = "SUCCEEDED";
  };
  store.forShop(shop).jobs.set(job.id, job);
  setTimeout(() => job.run?.(), store.cancelDelayMs).unref?.();
  return { job: { __typename: "Job", id: job.id, done: false, query: {} }, jobResult: jobResult(store, shop, job), orderCancelUserErrors: [], userErrors: [] };
}

function runCancel(store: OrderActionStore, shop: string, order: Order, options: { reason: NonNullable<Order["cancelReason"]>; restock: boolean; refund: "original" | "storeCredit" | null; staffNote: string | null }) {
  const { state } = store;
  const owner = shopOwnerId(state, shop);
  if (options.restock) for (const item of order.lineItems) adjustInventory(item.variant, item.unfulfilledQuantity);
  const paid = maximumRefundable(order);
  if (options.refund && paid > 0) {
    const lines = order.lineItems.filter((item) => item.currentQuantity > 0).map((item) => ({ item, quantity: item.currentQuantity, restockType: options.restock ? ("CANCEL" as const) : ("NO_RESTOCK" as const) }));
    const shipping = order.shippingLines.reduce((sum, line) => sum + shopMinor(line.originalPriceSet), 0) - shopMinor(order.totalRefundedShippingSet);
    const payments = options.refund === "storeCredit" ? [{ amount: paid, parent: undefined, ...STORE_CREDIT_GATEWAY }] : allocateToPayments(order, paid);
    applyRefund(store, shop, order, lines, { shipping: Math.max(0, shipping), payments, note: null, restock: false });
  }
  // Authorizations are voided whatever the refund choice, as Shopify's argument docs say.
  updateOrder(state, shop, order.id, (changed) => {
    const captured = new Set(changed.transactions.filter((t) => t.kind === "CAPTURE" || t.kind === "VOID").map((t) => t.parentTransaction?.id));
    for (const authorization of changed.transactions.filter((t) => t.kind === "AUTHORIZATION" && t.status === "SUCCESS" && !captured.has(t.id))) {
      buildTransaction(orderContextFor(state, shop), changed, { kind: "VOID", status: "SUCCESS", gateway: authorization.gateway, formattedGateway: authorization.formattedGateway, amount: shopMinor(authorization.amountSet), at: state.now().getTime(), parent: authorization });
      if (shopMinor(changed.totalReceivedSet) === 0) changed.displayFinancialStatus = "VOIDED";
    }
  });
  cancelOrder(state, shop, order.id, options.reason);
  order.cancellation = { __typename: "OrderCancellation", staffNote: options.staffNote };
  store.notify(shop, [["orders/cancelled", orderPayload(order, "orders/cancelled", owner)], ["orders/updated", orderPayload(order, "orders/updated", owner)]]);
}

const US_STATES = "AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY PR GU VI AS MP AA AE AP".split(" ");
const CA_PROVINCES = "AB BC MB NB NL NS NT NU ON PE QC SK YT".split(" ");
const regionName = new Intl.DisplayNames(["en"], { type: "region" });

/** Shopify's checks on an order's shipping address: each problem is one userError on its field. */
function validateAddress(input: Args): UserError[] {
  const errors: UserError[] = [];
  const field = (name: string, message: string) => errors.push(userError(["shippingAddress", name], message));
  const country = input.countryCode as string | undefined;
  // "Enter a last name", "Enter a ZIP code" and the state message are recorded; the others follow their pattern.
  if (!input.lastName?.trim()) field("lastName", "Enter a last name");
  if (!input.address1?.trim()) field("address1", "Enter an address");
  if (!input.city?.trim()) field("city", "Enter a city");
  if (!country) field("countryCode", "Select a country/region");
  if (!input.zip?.trim() && country && country !== "HK" && country !== "AE") field("zip", country === "US" ? "Enter a ZIP code" : "Enter a postal code");
  const province = (input.provinceCode ?? "") as string;
  if (country === "US" && !US_STATES.includes(province)) field("province", "State is not a valid state in United States");
  if (country === "CA" && !CA_PROVINCES.includes(province)) field("province", "Province is not a valid province in Canada");
  return errors;
}

function toAddress(order: Order, input: Args, id: string): MailingAddress {
  const name = [input.firstName, input.lastName].filter(Boolean).join(" ") || null;
  const country = input.countryCode ? (regionName.of(input.countryCode) ?? input.countryCode) : null;
  const area = [input.city, input.provinceCode, input.zip].filter(Boolean).join(" ");
  return {
    __typename: "MailingAddress",
    id,
    firstName: input.firstName ?? null,
    lastName: input.lastName ?? null,
    name,
    company: input.company ?? null,
    address1: input.address1 ?? null,
    address2: input.address2 ?? null,
    city: input.city ?? null,
    province: input.provinceCode ?? null,
    provinceCode: input.provinceCode ?? null,
    zip: input.zip ?? null,
    country,
    countryCodeV2: input.countryCode ?? null,
    phone: input.phone ?? null,
    formatted: [input.address1, input.address2, area, country].filter(Boolean) as string[],
    formattedArea: [input.city, input.provinceCode, country].filter(Boolean).join(", ") || null,
    coordinatesValidated: false,
    latitude: null,
    longitude: null,
    timeZone: order.shippingAddress?.timeZone ?? null,
  };
}

function update(store: OrderActionStore, shop: string, input: Args) {
  const { state } = store;
  const order = findOrder(state, shop, input.id);
  if (!order) return { order: null, userErrors: [userError(["id"], "Order does not exist")] };
  const { id: _id, ...changes } = input;
  if (Object.keys(changes).length === 0) return { order: null, userErrors: [userError(null, "No valid update parameters have been provided")] };
  const errors: UserError[] = [];
  if (changes.phone != null && !/^\+?[\d\s().-]{6,20}$/.test(changes.phone)) errors.push(userError(["phone"], "Phone is invalid"));
  // Guessed wording, after "Phone is invalid".
  if (changes.email != null && changes.email !== "" && !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(changes.email)) errors.push(userError(["email"], "Email is invalid"));
  if (changes.shippingAddress) errors.push(...validateAddress(changes.shippingAddress));
  if (errors.length) return { order: null, userErrors: errors };
  const updated = updateOrder(state, shop, order.id, (changed) => {
    if ("note" in changes) changed.note = changes.note;
    if ("tags" in changes) changed.tags = [...new Set<string>((changes.tags ?? []).map((tag: string) => tag.trim()).filter(Boolean))].sort();
    if ("email" in changes) changed.email = changes.email || null;
    if ("phone" in changes) changed.phone = changes.phone || null;
    if ("customAttributes" in changes) changed.customAttributes = (changes.customAttributes ?? []).map((attribute: { key: string; value: string }) => ({ __typename: "Attribute", ...attribute }));
    if (changes.shippingAddress) {
      const id = changed.shippingAddress?.id ?? toGid("MailingAddress", `${changed.legacyResourceId}1`);
      changed.shippingAddress = toAddress(changed, changes.shippingAddress, id);
      changed.displayAddress = changed.shippingAddress;
      changed.billingAddressMatchesShippingAddress = false;
    }
  });
  store.notify(shop, [["orders/updated", orderPayload(updated, "orders/updated", shopOwnerId(state, shop))]]);
  return { order: updated, userErrors: [] };
}

function sendInvoice(store: OrderActionStore, shop: string, args: Args) {
  const { state } = store;
  const order = findOrder(state, shop, args.id);
  const failed = (message: string) => ({ order: null, userErrors: [userError(null, message, "ORDER_INVOICE_SEND_UNSUCCESSFUL")] });
  // Guessed wording, after the recorded ones below.
  if (!order) return failed("Order does not exist");
  const to = (args.email?.to ?? order.email ?? "") as string;
  if (!to) return failed("No recipient email address was provided");
  if (!/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(to)) return failed("To is invalid");
  // Shopify's docs set no rule for an order with nothing outstanding, so the invoice is sent regardless.
  store.forShop(shop).invoices.push({ orderId: order.id, to, subject: args.email?.subject ?? null, customMessage: args.email?.customMessage ?? null, sentAt: state.now().toISOString() });
  return { order, userErrors: [] };
}
