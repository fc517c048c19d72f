import { GraphQLError, getDirectiveValues, type GraphQLResolveInfo } from "graphql";
import { currencyDigits, parseMinor, toGid, toMoneyBag, type LineItem, type Order, type OrderTransaction, type Refund } from "./objects.ts";
import { adjustInventory, formatShopMoney, userError, type OrderActionStore, type UserError } from "./order-action-store.ts";
import { orderContextFor, shopOwnerId } from "./order-events.ts";
import { shopMinor } from "./order-totals.ts";
import { refund, type RefundPayment } from "./seed/build-orders.ts";
import { findOrder, getShop, updateOrder } from "./state.ts";
import { orderPayload, refundPayload } from "./webhook-payloads.ts";

// Refunds as Shopify computes and records them: Order.suggestedRefund previews one, refundCreate
// records it (once per @idempotent key). Quoted userError messages are Shopify's own, recorded from
// live Admin API responses in airhorns/shopify-draft-proxy's conformance fixtures
// (fixtures/conformance/…/orders/refund-create-*.json); the idempotency ones are the wording of
// Shopify's IDEMPOTENCY_* error codes (shopify.dev, e.g. InventorySetQuantitiesUserErrorCode).

type RestockType = "NO_RESTOCK" | "CANCEL" | "RETURN";
interface LineInput {
  lineItemId: string;
  quantity: number;
  restockType?: RestockType | null;
  locationId?: string | null;
}

const PAYMENT_KINDS = new Set(["SALE", "CAPTURE"]);
export const STORE_CREDIT_GATEWAY = { gateway: "shopify_store_credit", formattedGateway: "Store credit" };

/** Each successful payment with what is still refundable on it, oldest first. */
export function refundableParents(order: Order): Array<{ parent: OrderTransaction; refundable: number }> {
  const refunded = new Map<string, number>();
  for (const transaction of order.transactions) {
    if (transaction.kind === "REFUND" && transaction.status === "SUCCESS" && transaction.parentTransaction) {
      refunded.set(transaction.parentTransaction.id, (refunded.get(transaction.parentTransaction.id) ?? 0) + shopMinor(transaction.amountSet));
    }
  }
  return order.transactions
    .filter((transaction) => PAYMENT_KINDS.has(transaction.kind) && transaction.status === "SUCCESS")
    .map((parent) => ({ parent, refundable: shopMinor(parent.amountSet) - (refunded.get(parent.id) ?? 0) }))
    .filter((entry) => entry.refundable > 0);
}

/** What the customer has paid and not had back: the most any refund can return. */
export function maximumRefundable(order: Order): number {
  return Math.max(0, shopMinor(order.netPaymentSet));
}

export function refundableShipping(order: Order): number {
  return Math.max(0, order.shippingLines.reduce((sum, line) => sum + shopMinor(line.originalPriceSet), 0) - shopMinor(order.totalRefundedShippingSet));
}

/** Splits `amount` over the order's payments, oldest first, as Shopify's suggested transactions do. */
export function allocateToPayments(order: Order, amount: number): RefundPayment[] {
  const payments: RefundPayment[] = [];
  let left = amount;
  for (const { parent, refundable } of refundableParents(order)) {
    if (left <= 0) break;
    const share = Math.min(left, refundable);
    payments.push({ amount: share, parent, gateway: parent.gateway, formattedGateway: parent.formattedGateway });
    left -= share;
  }
  return payments;
}

function lineTax(order: Order, subtotal: number): number {
  const rate = order.pricing.taxRate;
  return order.taxesIncluded ? Math.round((subtotal * rate) / (1 + rate)) : Math.round(subtotal * rate);
}

/** `Order.suggestedRefund(...)`: the refund Shopify proposes for these lines and this shipping. */
export function suggestRefund(
  order: Order,
  args: { refundLineItems?: LineInput[] | null; shippingAmount?: string | null; refundShipping?: boolean | null; suggestFullRefund?: boolean | null; refundMethodAllocation?: "ORIGINAL_PAYMENT_METHODS" | "STORE_CREDIT" | null },
) {
  const bag = (minor: number) => toMoneyBag(minor, order.currencyCode, order.pricing.presentment);
  const requested: Array<{ item: LineItem; quantity: number; restockType: RestockType }> = args.suggestFullRefund
    ? order.lineItems.filter((item) => item.refundableQuantity > 0).map((item) => ({ item, quantity: item.refundableQuantity, restockType: "NO_RESTOCK" }))
    : (args.refundLineItems ?? []).flatMap((input) => {
        const item = order.lineItems.find((line) => line.id === input.lineItemId);
        return item ? [{ item, quantity: Math.max(0, Math.min(input.quantity, item.refundableQuantity)), restockType: input.restockType ?? "NO_RESTOCK" }] : [];
      });
  const refundLineItems = requested.map(({ item, quantity, restockType }, index) => {
    const subtotal = shopMinor(item.discountedUnitPriceSet) * quantity;
    return {
      __typename: "RefundLineItem",
      id: toGid("RefundLineItem", `suggested-${index}`),
      lineItem: item,
      quantity,
      restockType,
      restocked: false,
      location: null,
      priceSet: item.discountedUnitPriceSet,
      subtotalSet: bag(subtotal),
      totalTaxSet: bag(lineTax(order, subtotal)),
    };
  });
  const maxShipping = refundableShipping(order);
  const shipping = args.suggestFullRefund || args.refundShipping ? maxShipping : Math.min(maxShipping, args.shippingAmount ? parseMinor(args.shippingAmount, order.currencyCode) : 0);
  const subtotal = refundLineItems.reduce((sum, line) => sum + shopMinor(line.subtotalSet), 0);
  const tax = refundLineItems.reduce((sum, line) => sum + shopMinor(line.totalTaxSet), 0);
  const maximum = maximumRefundable(order);
  const amount = Math.min(maximum, subtotal + shipping + (order.taxesIncluded ? 0 : tax));
  const toStoreCredit = args.refundMethodAllocation === "STORE_CREDIT";
  const remaining = new Map(refundableParents(order).map(({ parent, refundable }) => [parent.id, refundable]));
  const suggestedTransactions = toStoreCredit
    ? []
    : allocateToPayments(order, amount).map((payment) => ({
        __typename: "SuggestedOrderTransaction",
        kind: "SUGGESTED_REFUND",
        gateway: payment.gateway,
        formattedGateway: payment.formattedGateway,
        accountNumber: null,
        paymentDetails: null,
        parentTransaction: payment.parent,
        amountSet: bag(payment.amount),
        amount: bag(payment.amount).presentmentMoney.amount,
        maximumRefundableSet: bag(remaining.get(payment.parent!.id) ?? 0),
        maximumRefundable: bag(remaining.get(payment.parent!.id) ?? 0).presentmentMoney.amount,
      }));
  const money = (minor: number) => bag(minor).presentmentMoney.amount;
  return {
    __typename: "SuggestedRefund",
    amountSet: bag(amount),
    amount: money(amount),
    subtotalSet: bag(subtotal),
    subtotal: money(subtotal),
    discountedSubtotalSet: bag(subtotal),
    totalTaxSet: bag(tax),
    totalTaxes: money(tax),
    totalCartDiscountAmountSet: bag(0),
    totalDutiesSet: bag(0),
    maximumRefundableSet: bag(maximum),
    maximumRefundable: money(maximum),
    refundDuties: [],
    refundLineItems,
    shipping: { __typename: "ShippingRefund", amountSet: bag(shipping), amount: money(shipping), maximumRefundableSet: bag(maxShipping), maximumRefundable: money(maxShipping), taxSet: bag(0), tax: money(0) },
    suggestedTransactions,
    suggestedRefundMethods: toStoreCredit ? [{ __typename: "SuggestedStoreCreditRefund", amount: bag(amount), maximumRefundable: bag(maximum), expiresAt: null }] : [],
  };
}

/**
 * Records a refund through the seed's refund() and updateOrder, restocks what it returns when
 * asked, sets the financial status, and queues refunds/create then orders/updated.
 */
export function applyRefund(
  store: OrderActionStore,
  shop: string,
  order: Order,
  lines: Array<{ item: LineItem; quantity: number; restockType: RestockType }>,
  options: { shipping: number; payments: RefundPayment[]; note: string | null; restock: boolean },
): Refund {
  const { state } = store;
  let created: Refund | undefined;
  updateOrder(state, shop, order.id, (changed) => {
    created = refund(orderContextFor(state, shop), changed, lines, {
      at: state.now().getTime(),
      restockType: "NO_RESTOCK",
      includeShipping: false,
      shippingAmount: options.shipping,
      parent: undefined,
      payments: options.payments,
      note: options.note,
    });
    if (options.restock) for (const line of lines) if (line.restockType !== "NO_RESTOCK") adjustInventory(line.item.variant, line.quantity);
  });
  if (options.payments.some((payment) => payment.amount > 0)) order.displayFinancialStatus = maximumRefundable(order) === 0 ? "REFUNDED" : "PARTIALLY_REFUNDED";
  store.notify(shop, [
    ["refunds/create", refundPayload(created!, order, shopOwnerId(state, shop))],
    ["orders/updated", orderPayload(order, "orders/updated", shopOwnerId(state, shop))],
  ]);
  return created!;
}

/** The @idempotent key on this field, or the error Shopify answers without one (2026-04 onwards). */
export function idempotencyKey(info: GraphQLResolveInfo): string {
  const directive = info.schema.getDirective("idempotent");
  const values = directive ? getDirectiveValues(directive, info.fieldNodes[0]!, info.variableValues) : undefined;
  const key = values?.key as string | undefined;
  // Wording and code recorded from live Shopify (airhorns/shopify-draft-proxy,
  // fixtures/…/2026-04/products/inventory-quantity-contracts-2026-04.json).
  if (key === undefined) throw new GraphQLError("The @idempotent directive is required for this mutation but was not provided.", { nodes: info.fieldNodes, path: [info.path.key], extensions: { code: "BAD_REQUEST" } });
  // The directive's own description forbids blank keys; the wording here is the devstore's.
  if (!key.trim()) throw new GraphQLError("The idempotency key cannot be an empty string or whitespace only.", { nodes: info.fieldNodes, path: [info.path.key], extensions: { code: "BAD_REQUEST" } });
  return key;
}

interface RefundInput {
  orderId: string;
  note?: string | null;
  notify?: boolean | null;
  currency?: string | null;
  allowOverRefunding?: boolean | null;
  refundLineItems?: LineInput[] | null;
  shipping?: { amount?: string | null; fullRefund?: boolean | null } | null;
  transactions?: Array<{ amount: string; gateway: string; kind: string; orderId: string; parentId?: string | null }> | null;
  refundMethods?: Array<{ storeCreditRefund?: { amount: { amount: string; currencyCode: string }; expiresAt?: string | null } | null }> | null;
}

/** `refundCreate`, answered once per idempotency key. */
export function createRefundMutation(store: OrderActionStore, shop: string) {
  const { state } = store;
  const keys = store.forShop(shop).idempotency;
  return async (args: { input: RefundInput }, _context: unknown, info: GraphQLResolveInfo) => {
    const key = idempotencyKey(info);
    const fingerprint = JSON.stringify(args.input);
    const seen = keys.get(key);
    if (seen && seen.fingerprint !== fingerprint) return failure([userError(null, "The same idempotency key cannot be used with different operation parameters.")]);
    if (seen?.status === "pending") return failure([userError(null, "This request is currently in progress, please try again.")]);
    if (seen?.status === "done") {
      const order = findOrder(state, shop, args.input.orderId);
      return { order, refund: order?.refunds.find((candidate) => candidate.id === seen.refundId) ?? null, userErrors: [] };
    }
    keys.set(key, { fingerprint, status: "pending" });
    // The payment gateway's round trip: a duplicate sent meanwhile finds the key in progress.
    await new Promise((resolve) => setTimeout(resolve, store.gatewayDelayMs));
    const outcome = createRefund(store, shop, args.input);
    if ("errors" in outcome) {
      // A refused request leaves nothing behind, so the same key can be retried once corrected.
      keys.delete(key);
      return failure(outcome.errors);
    }
    keys.set(key, { fingerprint, status: "done", refundId: outcome.refund.id });
    return { order: outcome.order, refund: outcome.refund, userErrors: [] };
  };
}

const failure = (errors: UserError[]) => ({ order: null, refund: null, userErrors: errors });

function createRefund(store: OrderActionStore, shop: string, input: RefundInput): { errors: UserError[] } | { order: Order; refund: Refund } {
  const { state } = store;
  const order = findOrder(state, shop, input.orderId);
  if (!order) return { errors: [userError(["orderId"], "Order does not exist")] };
  const lines: Array<{ item: LineItem; quantity: number; restockType: RestockType }> = [];
  for (const [index, line] of (input.refundLineItems ?? []).entries()) {
    const item = order.lineItems.find((candidate) => candidate.id === line.lineItemId);
    // Guessed wording: no recorded Shopify answer for a line of another order.
    if (!item) return { errors: [userError(["refundLineItems", String(index), "lineItemId"], "Line item does not exist")] };
    if (line.quantity > item.refundableQuantity) return { errors: [userError(["refundLineItems", String(index), "quantity"], "Quantity cannot refund more items than were purchased")] };
    // Guessed wording: a restock location the shop does not have.
    if (line.locationId && !getShop(state, shop).locations.some((location) => location.id === line.locationId)) {
      return { errors: [userError(["refundLineItems", String(index), "locationId"], "Location does not exist")] };
    }
    lines.push({ item, quantity: line.quantity, restockType: line.restockType ?? "NO_RESTOCK" });
  }
  // Amounts are in the presentment currency when `currency` names it, else in the shop's.
  const { currency: presentment, rate } = order.pricing.presentment;
  const inPresentment = input.currency != null && input.currency === presentment && presentment !== order.currencyCode;
  const toShop = (amount: string | number) => (inPresentment ? Math.round((Number(amount) / rate) * 10 ** currencyDigits(order.currencyCode)) : parseMinor(amount, order.currencyCode));
  const payments: RefundPayment[] = [];
  for (const transaction of input.transactions ?? []) {
    if (transaction.kind !== "REFUND") return { errors: [userError(null, `Kind ${transaction.kind.toLowerCase()} is not a valid transaction`)] };
    const parent = transaction.parentId ? order.transactions.find((candidate) => candidate.id === transaction.parentId) : undefined;
    if (!parent) return { errors: [userError(["transactions"], "Transactions require a parent_id associated with the order")] };
    payments.push({ amount: toShop(transaction.amount), parent, gateway: transaction.gateway || parent.gateway, formattedGateway: parent.formattedGateway });
  }
  for (const method of input.refundMethods ?? []) {
    if (method.storeCreditRefund) payments.push({ amount: toShop(method.storeCreditRefund.amount.amount), parent: undefined, ...STORE_CREDIT_GATEWAY });
  }
  const total = payments.reduce((sum, payment) => sum + payment.amount, 0);
  const received = maximumRefundable(order);
  if (total > received && !input.allowOverRefunding) {
    const shopState = getShop(state, shop);
    const format = (minor: number) => formatShopMoney(shopState.shop.currencyFormats.moneyFormat, minor, currencyDigits(order.currencyCode));
    return { errors: [userError(null, `Refund amount ${format(total)} is greater than net payment received ${format(received)}`)] };
  }
  const shipping = input.shipping?.fullRefund ? refundableShipping(order) : Math.min(refundableShipping(order), input.shipping?.amount ? toShop(input.shipping.amount) : 0);
  const created = applyRefund(store, shop, order, lines, { shipping, payments, note: input.note ?? null, restock: true });
  return { order, refund: created };
}
