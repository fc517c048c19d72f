import { currencyDigits, parseMinor, toGid, toMoneyBag, type ExchangeLineItem, type LineItem, type Order, type Return, type ReturnDeclineReason, type ReturnLineItem, type ReverseFulfillmentOrder, type LegacyReturnReason } from "./objects.ts";
import { accessDenied, formatShopMoney, staffAccessDenied, userError, type OrderActionStore, type StaffPermission, type UserError } from "./order-action-store.ts";
import { idAllocatorFor, shopOwnerId } from "./order-events.ts";
import { discountedUnitMinor } from "./order-totals.ts";
import { applyRefund, maximumRefundable, refundableShipping, STORE_CREDIT_GATEWAY } from "./refunds.ts";
import { returnPayload, RETURN_TOPICS } from "./return-payloads.ts";
import { findFulfillmentLineItem, findReasonSeed, returnableQuantities } from "./returns.ts";
import type { RefundPayment } from "./seed/build-orders.ts";
import { findReasonForLegacy } from "./seed/return-reasons.ts";
import { findOrder, findReturn, findVariant, getShop, updateOrder, updateReturn, type ReturnAction } from "./state.ts";
import { orderPayload } from "./webhook-payloads.ts";

// The Admin API's return mutations: request → approve or decline, or a staff-made return; process
// (dispositions, exchange lines, refund or store credit in one call); close, reopen, cancel; remove
// lines. Quoted userError messages and codes are Shopify's, recorded from live 2026-04 responses in
// airhorns/shopify-draft-proxy (fixtures/conformance/…/2026-04/orders/return-quantity-validation.json,
// return-reason-validation.json, returnApprove-decline-state-preconditions.json,
// returnClose-Reopen-Cancel-state-preconditions.json, order-return-status-lifecycle.json); the rest say
// `Guess:`. None of these mutations documents @idempotent support in the 2026-10 schema (only
// refundCreate, the inventory and location ones do), so none requires or reads the directive.

type Args = Record<string, any>;
type Resolver = (args: Args) => unknown;
type Payload = { return: Return | null; userErrors: UserError[] };

const refused = (errors: UserError[]): Payload => ({ return: null, userErrors: errors });
const accepted = (ret: Return): Payload => ({ return: ret, userErrors: [] });
const RETURN_NOT_FOUND = "Return not found.";
const STATUS_INVALID = "Return status is invalid.";
const INVALID_QUANTITY = "Return line item has an invalid quantity.";

function timestamp(store: OrderActionStore): string {
  return store.state.now().toISOString().replace(/\.\d{3}Z$/, "Z");
}

/** The Mutation root's return fields for one request; the shop's scopes and (online tokens) staff permissions are checked first. */
export function createReturnMutationRoot(store: OrderActionStore, request: { shop: string; scopes: string[]; staffPermissions?: readonly StaffPermission[] }): Record<string, Resolver> {
  const { shop, scopes, staffPermissions } = request;
  // https://shopify.dev/docs/api/admin-graphql/latest/mutations/returnRequest: "Requires write_returns".
  // Guess: a staff member acting through an online token needs Shopify admin's order management permission.
  const guarded = (field: string, resolve: Resolver, permission: StaffPermission = "MANAGE_ORDERS"): Resolver => (args) => {
    if (!scopes.includes("write_returns")) throw accessDenied(field, "write_returns");
    if (staffPermissions && !staffPermissions.includes(permission)) throw staffAccessDenied(field, "write_returns", permission);
    return resolve(args);
  };
  const returns = createReturnActions(store, shop);
  return {
    returnRequest: guarded("returnRequest", (args) => returns.request(args.input)),
    returnCreate: guarded("returnCreate", (args) => returns.create(args.returnInput)),
    returnApproveRequest: guarded("returnApproveRequest", (args) => returns.approve(args.input)),
    returnDeclineRequest: guarded("returnDeclineRequest", (args) => returns.decline(args.input)),
    returnCancel: guarded("returnCancel", (args) => returns.cancel(args.id)),
    returnClose: guarded("returnClose", (args) => returns.close(args.id)),
    returnReopen: guarded("returnReopen", (args) => returns.reopen(args.id)),
    removeFromReturn: guarded("removeFromReturn", (args) => returns.remove({ returnId: args.returnId, returnLineItems: args.returnLineItems, exchangeLineItems: args.exchangeLineItems })),
    // Guess: returnProcess moves money, so it asks for the refund permission as refundCreate does.
    returnProcess: guarded("returnProcess", (args) => returns.process(args.input), "REFUND_ORDERS"),
  };
}

interface LineInput {
  fulfillmentLineItemId: string;
  quantity: number;
  returnReason?: LegacyReturnReason | null;
  returnReasonDefinitionId?: string | null;
  returnReasonNote?: string | null;
  customerNote?: string | null;
}

interface ReturnInput {
  orderId: string;
  returnLineItems: LineInput[];
  exchangeLineItems?: Array<{ variantId?: string | null; quantity: number }> | null;
  returnShippingFee?: { amount: { amount: string; currencyCode: string } } | null;
  requestedAt?: string | null;
}

function createReturnActions(store: OrderActionStore, shop: string) {
  const { state } = store;
  const nextId = idAllocatorFor(state);
  const notify = (ret: Return, action: ReturnAction, removals?: Array<{ id: string; delta: number }>) => store.notify(shop, [[RETURN_TOPICS[action], returnPayload(ret, action, removals)]]);

  /** Checks lines against what is returnable and builds them, or answers the errors Shopify gives. */
  function buildLines(order: Order, ret: Return, lines: LineInput[], root: "input" | "returnInput"): UserError[] | ReturnLineItem[] {
    const kind = root === "input" ? "request" : "create";
    // Guess: wording for an empty list (the schema requires the field, not an item).
    if (lines.length === 0) return [userError([root, "returnLineItems"], "Return must have at least one line item.", "BLANK")];
    const returnable = returnableQuantities(order);
    const asked = new Map<string, number>();
    const built: ReturnLineItem[] = [];
    for (const [index, line] of lines.entries()) {
      const at = (...field: string[]) => [root, "returnLineItems", String(index), ...field];
      const entry = findFulfillmentLineItem(order, line.fulfillmentLineItemId);
      if (!entry) return [userError(at("fulfillmentLineItemId"), "Fulfillment Line Item was not found.", "NOT_FOUND")];
      const total = (asked.get(entry.id) ?? 0) + line.quantity;
      asked.set(entry.id, total);
      if (line.quantity <= 0 || total > (returnable.get(entry.id) ?? 0)) return [userError(at("quantity"), INVALID_QUANTITY, "INVALID")];
      let reason = line.returnReasonDefinitionId ? findReasonSeed(line.returnReasonDefinitionId) : undefined;
      // Guess: wording for an id that names no reason.
      if (line.returnReasonDefinitionId && !reason) return [userError(at("returnReasonDefinitionId"), "Return reason definition was not found.", "NOT_FOUND")];
      if (!reason && line.returnReason) {
        if (kind === "create" && line.returnReason === "OTHER" && !line.returnReasonNote) return [userError(at("returnReasonNote"), 'Return line items return reason note The note is required when the return reason is "Other"', "BLANK")];
        reason = findReasonForLegacy(line.returnReason);
      }
      if (!reason) {
        return [kind === "request" ? userError(at("returnReason"), "Return reason can't be blank", "BLANK") : userError(at(), "Return line items Either return reason or return reason definition must be provided", "NOT_FOUND")];
      }
      // Guess: wording; the 300-character limit is the field's documented maximum.
      if ((line.customerNote ?? "").length > 300) return [userError(at("customerNote"), "Customer note is too long (maximum is 300 characters)", "TOO_LONG")];
      built.push({
        __typename: "ReturnLineItem",
        id: toGid("ReturnLineItem", nextId("ReturnLineItem")),
        fulfillmentLineItem: entry,
        quantity: line.quantity,
        processedQuantity: 0,
        refundedQuantity: 0,
        customerNote: line.customerNote ?? null,
        returnReasonDefinitionId: reason.id,
        returnReason: line.returnReason ?? reason.legacy,
        returnReasonNote: line.returnReasonNote ?? "",
        restockingFee: null,
        totalWeight: null,
        withCodeDiscountedTotalPriceSet: toMoneyBag(discountedUnitMinor(entry.lineItem) * line.quantity, order.currencyCode, order.pricing.presentment),
        owner: ret,
      });
    }
    return built;
  }

  function buildExchangeLines(ret: Return, lines: NonNullable<ReturnInput["exchangeLineItems"]>): UserError[] | ExchangeLineItem[] {
    const built: ExchangeLineItem[] = [];
    for (const [index, line] of lines.entries()) {
      const at = (field: string) => ["returnInput", "exchangeLineItems", String(index), field];
      const variant = line.variantId ? findVariant(state, shop, line.variantId) : null;
      // Guess: wording for both (no recorded answer).
      if (!variant) return [userError(at("variantId"), "Variant was not found.", "NOT_FOUND")];
      if (line.quantity <= 0) return [userError(at("quantity"), "Exchange line item has an invalid quantity.", "INVALID")];
      built.push({
        __typename: "ExchangeLineItem",
        id: toGid("ExchangeLineItem", nextId("ExchangeLineItem")),
        quantity: line.quantity,
        processedQuantity: 0,
        variant,
        variantId: variant.id,
        productId: variant.product.id,
        title: variant.product.title,
        variantTitle: variant.title === "Default Title" ? null : variant.title,
        variantSku: variant.sku,
        lineItems: [],
        owner: ret,
      });
    }
    return built;
  }

  function openReverseFulfillment(ret: Return): void {
    // Shopify makes the reverse fulfillment order when a return opens, none while requested
    // (returnClose-Reopen-Cancel-state-preconditions.json: [] after returnRequest, one after approval).
    const reverse: ReverseFulfillmentOrder = {
      __typename: "ReverseFulfillmentOrder",
      id: toGid("ReverseFulfillmentOrder", nextId("ReverseFulfillmentOrder")),
      status: "OPEN",
      order: ret.order,
      reverseDeliveries: [],
      thirdPartyConfirmation: null,
      lineItems: ret.returnLineItems.map((line) => ({
        __typename: "ReverseFulfillmentOrderLineItem",
        id: toGid("ReverseFulfillmentOrderLineItem", nextId("ReverseFulfillmentOrderLineItem")),
        fulfillmentLineItem: line.fulfillmentLineItem,
        totalQuantity: line.quantity,
        dispositions: [],
        returnLineItemId: line.id,
      })),
    };
    ret.reverseFulfillmentOrders.push(reverse);
  }

  function startReturn(input: ReturnInput, root: "input" | "returnInput"): Payload {
    const order = findOrder(state, shop, input.orderId);
    // Guess: wording and field for an order the shop does not have.
    if (!order) return refused([userError([root, "orderId"], "Order does not exist.", "NOT_FOUND")]);
    const ret: Return = {
      __typename: "Return",
      id: toGid("Return", nextId("Return")),
      name: `${order.name}-R${order.returns.length + 1}`,
      status: root === "input" ? "REQUESTED" : "OPEN",
      order,
      createdAt: input.requestedAt ?? timestamp(store),
      requestApprovedAt: null,
      closedAt: null,
      decline: null,
      returnLineItems: [],
      exchangeLineItems: [],
      refunds: [],
      returnShippingFees: [],
      reverseFulfillmentOrders: [],
      staffMember: null,
      transactions: [],
    };
    const lines = buildLines(order, ret, input.returnLineItems, root);
    if (isErrors(lines)) return refused(lines);
    const exchanges = buildExchangeLines(ret, input.exchangeLineItems ?? []);
    if (isErrors(exchanges)) return refused(exchanges);
    ret.returnLineItems = lines;
    ret.exchangeLineItems = exchanges;
    if (input.returnShippingFee) {
      // Live Shopify ids return shipping fees as gid://shopify/Fee/… (return-shipping-fee-recorded.json).
      const fee = toMoneyInShop(order, input.returnShippingFee.amount);
      ret.returnShippingFees.push({ __typename: "ReturnShippingFee", id: toGid("Fee", nextId("Fee")), amountSet: toMoneyBag(fee, order.currencyCode, order.pricing.presentment) });
    }
    if (ret.status === "OPEN") openReverseFulfillment(ret);
    order.returns.push(ret);
    updateReturn(state, shop, ret, root === "input" ? "request" : "approve");
    // Guess: a staff-made return (already OPEN) announces itself as returns/approve, "a return is approved. This means Return.status is OPEN".
    notify(ret, ret.status === "REQUESTED" ? "request" : "approve");
    return accepted(ret);
  }

  const find = (id: string) => findReturn(state, shop, id);

  return {
    request: (input: ReturnInput) => startReturn(input, "input"),
    create: (input: ReturnInput) => startReturn(input, "returnInput"),

    approve(input: { id: string }): Payload {
      const ret = find(input.id);
      if (!ret) return refused([userError(["input", "id"], RETURN_NOT_FOUND, "NOT_FOUND")]);
      if (ret.status !== "REQUESTED") return refused([userError(["input", "id"], "Return is not approvable. Only returns with status REQUESTED can be approved.", "INVALID_STATE")]);
      updateReturn(state, shop, ret, "approve", (changed) => {
        changed.status = "OPEN";
        changed.requestApprovedAt = timestamp(store);
        openReverseFulfillment(changed);
      });
      notify(ret, "approve");
      return accepted(ret);
    },

    decline(input: { id: string; declineReason: ReturnDeclineReason; declineNote?: string | null }): Payload {
      const ret = find(input.id);
      if (!ret) return refused([userError(["input", "id"], RETURN_NOT_FOUND, "NOT_FOUND")]);
      if (ret.status === "DECLINED") return refused([userError(["input", "id"], "The return is already declined.", "INVALID_STATE")]);
      if (ret.status !== "REQUESTED") return refused([userError(["input", "id"], "Return is not declinable. Only non-refunded returns with status REQUESTED can be declined.", "INVALID_STATE")]);
      // Guess: wording and limit (the field's docs give none).
      if ((input.declineNote ?? "").length > 500) return refused([userError(["input", "declineNote"], "Decline note is too long (maximum is 500 characters)", "TOO_LONG")]);
      updateReturn(state, shop, ret, "decline", (changed) => {
        changed.status = "DECLINED";
        changed.decline = { __typename: "ReturnDecline", reason: input.declineReason, note: input.declineNote ?? null };
      });
      notify(ret, "decline");
      return accepted(ret);
    },

    cancel(id: string): Payload {
      const ret = find(id);
      if (!ret) return refused([userError(["id"], RETURN_NOT_FOUND, "NOT_FOUND")]);
      if (ret.status === "CANCELED") return accepted(ret);
      // "Canceling a return is only available before any work has been done on the return (such as an
      // inspection or refund)" (shopify.dev, returnCancel); a processed line makes it not cancelable.
      const hasWork = ret.returnLineItems.some((line) => line.processedQuantity > 0) || ret.exchangeLineItems.some((line) => line.processedQuantity > 0) || ret.refunds.length > 0;
      if (hasWork || (ret.status !== "OPEN" && ret.status !== "REQUESTED")) return refused([userError(["id"], "Return is not cancelable.", "INVALID_STATE")]);
      updateReturn(state, shop, ret, "cancel", (changed) => {
        changed.status = "CANCELED";
        for (const reverse of changed.reverseFulfillmentOrders) reverse.status = "CANCELED";
      });
      notify(ret, "cancel");
      return accepted(ret);
    },

    close(id: string): Payload {
      const ret = find(id);
      if (!ret) return refused([userError(["id"], RETURN_NOT_FOUND, "NOT_FOUND")]);
      if (ret.status === "CLOSED") return accepted(ret);
      if (ret.status !== "OPEN") return refused([userError(["id"], STATUS_INVALID, "INVALID_STATE")]);
      closeReturn(ret);
      return accepted(ret);
    },

    reopen(id: string): Payload {
      const ret = find(id);
      if (!ret) return refused([userError(["id"], RETURN_NOT_FOUND, "NOT_FOUND")]);
      if (ret.status === "OPEN") return accepted(ret);
      if (ret.status !== "CLOSED") return refused([userError(["id"], STATUS_INVALID, "INVALID_STATE")]);
      updateReturn(state, shop, ret, "reopen", (changed) => {
        changed.status = "OPEN";
        changed.closedAt = null;
        for (const reverse of changed.reverseFulfillmentOrders) reverse.status = "OPEN";
      });
      notify(ret, "reopen");
      return accepted(ret);
    },

    remove(args: { returnId: string; returnLineItems?: Array<{ returnLineItemId: string; quantity: number }> | null; exchangeLineItems?: Array<{ exchangeLineItemId: string; quantity: number }> | null }): Payload {
      const ret = find(args.returnId);
      if (!ret) return refused([userError(["returnId"], RETURN_NOT_FOUND, "NOT_FOUND")]);
      if (ret.status !== "OPEN" && ret.status !== "REQUESTED") return refused([userError(["returnId"], STATUS_INVALID, "INVALID_STATE")]);
      const removals: Array<{ line: ReturnLineItem; quantity: number }> = [];
      for (const [index, input] of (args.returnLineItems ?? []).entries()) {
        if (input.quantity <= 0) return refused([userError(null, "Quantity must be greater than 0", "GREATER_THAN")]);
        const line = ret.returnLineItems.find((candidate) => candidate.id === input.returnLineItemId);
        // Guess: wording, after returnProcess's.
        if (!line) return refused([userError(["returnLineItems", String(index), "returnLineItemId"], "Return line item was not found.", "NOT_FOUND")]);
        if (input.quantity > line.quantity - line.processedQuantity) return refused([userError(["returnLineItems", String(index), "quantity"], INVALID_QUANTITY, "INVALID")]);
        removals.push({ line, quantity: input.quantity });
      }
      const exchangeRemovals: Array<{ line: ExchangeLineItem; quantity: number }> = [];
      for (const [index, input] of (args.exchangeLineItems ?? []).entries()) {
        if (input.quantity <= 0) return refused([userError(null, "Quantity must be greater than 0", "GREATER_THAN")]);
        const line = ret.exchangeLineItems.find((candidate) => candidate.id === input.exchangeLineItemId);
        // Guess: wording for both.
        if (!line) return refused([userError(["exchangeLineItems", String(index), "exchangeLineItemId"], "Exchange line item was not found.", "NOT_FOUND")]);
        if (input.quantity > line.quantity - line.processedQuantity) return refused([userError(["exchangeLineItems", String(index), "quantity"], "Exchange line item has an invalid quantity.", "INVALID")]);
        exchangeRemovals.push({ line, quantity: input.quantity });
      }
      updateReturn(state, shop, ret, "update", (changed) => {
        for (const { line, quantity } of removals) {
          line.quantity -= quantity;
          for (const reverse of changed.reverseFulfillmentOrders) for (const entry of reverse.lineItems) if (entry.returnLineItemId === line.id) entry.totalQuantity -= quantity;
        }
        for (const { line, quantity } of exchangeRemovals) line.quantity -= quantity;
        changed.returnLineItems = changed.returnLineItems.filter((line) => line.quantity > 0);
        changed.exchangeLineItems = changed.exchangeLineItems.filter((line) => line.quantity > 0);
      });
      notify(ret, "update", removals.map(({ line, quantity }) => ({ id: line.id, delta: quantity })));
      // A return whose every line was removed is closed (order-return-status-lifecycle.json, removedCase).
      if (ret.returnLineItems.length === 0 && ret.exchangeLineItems.length === 0) closeReturn(ret);
      return accepted(ret);
    },

    process: (input: ProcessInput) => processReturn(input),
  };

  function closeReturn(ret: Return): void {
    updateReturn(state, shop, ret, "close", (changed) => {
      changed.status = "CLOSED";
      changed.closedAt = timestamp(store);
      for (const reverse of changed.reverseFulfillmentOrders) reverse.status = "CLOSED";
    });
    notify(ret, "close");
  }

  function processReturn(input: ProcessInput): Payload {
    const ret = find(input.returnId);
    if (!ret) return refused([userError(["input", "returnId"], RETURN_NOT_FOUND, "NOT_FOUND")]);
    // Guess: wording and field, after returnClose's answer for a return in the wrong state.
    if (ret.status !== "OPEN") return refused([userError(["input", "returnId"], STATUS_INVALID, "INVALID_STATE")]);
    const order = ret.order;
    const plan = planProcessing(ret, input);
    if (isErrors(plan)) return refused(plan);
    const money = planMoney(order, input);
    if (isErrors(money)) return refused(money);

    // Exchange items join the order first, so the refund (and orders/updated) sees the new total.
    if (plan.exchanges.length) {
      updateOrder(state, shop, order.id, (changed) => {
        for (const { line, quantity } of plan.exchanges) {
          const added = toExchangeLineItem(changed, line, quantity);
          changed.lineItems.push(added);
          line.lineItems.push(added);
          line.processedQuantity += quantity;
        }
        changed.displayFulfillmentStatus = "PARTIALLY_FULFILLED";
      });
    }
    for (const { line, quantity, dispositions } of plan.returns) {
      line.processedQuantity += quantity;
      const reverse = ret.reverseFulfillmentOrders.flatMap((candidate) => candidate.lineItems).find((entry) => entry.returnLineItemId === line.id);
      for (const disposition of dispositions) {
        reverse?.dispositions.push({
          __typename: "ReverseFulfillmentOrderDisposition",
          id: toGid("ReverseFulfillmentOrderDisposition", nextId("ReverseFulfillmentOrderDisposition")),
          createdAt: timestamp(store),
          location: disposition.locationId ? (getShop(state, shop).locations.find((location) => location.id === disposition.locationId) ?? null) : null,
          quantity: disposition.quantity,
          type: disposition.dispositionType,
        });
      }
    }
    const isPaying = money.payments.some((payment) => payment.amount > 0);
    if (plan.returns.length || isPaying || money.shipping > 0) {
      // Returned units leave the order through a refund, with no money when nothing is paid back
      // (Guess: an even exchange is recorded as a refund of 0, so the order's total stays the same).
      const lines = plan.returns.flatMap(({ line, quantity, dispositions }) => {
        const restocked = Math.min(quantity, dispositions.filter((entry) => entry.dispositionType === "RESTOCKED").reduce((sum, entry) => sum + entry.quantity, 0));
        return [
          ...(restocked ? [{ item: line.fulfillmentLineItem.lineItem, quantity: restocked, restockType: "RETURN" as const }] : []),
          ...(quantity - restocked ? [{ item: line.fulfillmentLineItem.lineItem, quantity: quantity - restocked, restockType: "NO_RESTOCK" as const }] : []),
        ];
      });
      const created = applyRefund(store, shop, order, lines, { shipping: money.shipping, payments: money.payments, note: input.note ?? null, restock: true });
      created.return = ret;
      ret.refunds.push(created);
      ret.transactions.push(...created.transactions);
      if (isPaying) for (const { line, quantity } of plan.returns) line.refundedQuantity += quantity;
    } else if (plan.exchanges.length) {
      store.notify(shop, [["orders/updated", orderPayload(order, "orders/updated", shopOwnerId(state, shop))]]);
    }
    // What the exchange leaves owed is collected later (Guess: the order shows as partially paid meanwhile).
    if (parseMinor(order.totalOutstandingSet.shopMoney.amount, order.currencyCode) > 0) order.displayFinancialStatus = "PARTIALLY_PAID";
    // Live Shopify leaves a fully processed return OPEN until returnClose (returnClose-Reopen-Cancel-state-preconditions.json).
    updateReturn(state, shop, ret, "process");
    notify(ret, "process");
    return accepted(ret);
  }

  function planProcessing(ret: Return, input: ProcessInput): UserError[] | ProcessPlan {
    const plan: ProcessPlan = { returns: [], exchanges: [] };
    for (const [index, entry] of (input.returnLineItems ?? []).entries()) {
      const at = (...field: string[]) => ["input", "returnLineItems", String(index), ...field];
      const line = ret.returnLineItems.find((candidate) => candidate.id === entry.id);
      if (!line) return [userError(at("id"), "Return line item was not found.", "NOT_FOUND")];
      // Guess: the same answer returnRequest gives for a quantity it cannot take.
      if (entry.quantity <= 0 || entry.quantity > line.quantity - line.processedQuantity) return [userError(at("quantity"), INVALID_QUANTITY, "INVALID")];
      const reverseLines = ret.reverseFulfillmentOrders.flatMap((reverse) => reverse.lineItems).filter((candidate) => candidate.returnLineItemId === line.id);
      for (const [position, disposition] of (entry.dispositions ?? []).entries()) {
        const there = (field: string) => at("dispositions", String(position), field);
        // Guess: wording; "Location not found." is Shopify's (reverseFulfillmentOrderDispose).
        if (!reverseLines.some((candidate) => candidate.id === disposition.reverseFulfillmentOrderLineItemId)) return [userError(there("reverseFulfillmentOrderLineItemId"), "Reverse fulfillment order line item was not found.", "NOT_FOUND")];
        if (disposition.locationId && !getShop(state, shop).locations.some((location) => location.id === disposition.locationId)) return [userError(there("locationId"), "Location not found.", "NOT_FOUND")];
        if (disposition.dispositionType === "RESTOCKED" && !disposition.locationId) return [userError(there("locationId"), "Location not found.", "NOT_FOUND")];
      }
      const disposed = (entry.dispositions ?? []).reduce((sum, disposition) => sum + disposition.quantity, 0);
      // Guess: wording for dispositions covering more than is processed.
      if (disposed > entry.quantity) return [userError(at("dispositions"), "Dispositions cannot exceed the quantity being processed.", "INVALID")];
      plan.returns.push({ line, quantity: entry.quantity, dispositions: entry.dispositions ?? [] });
    }
    for (const [index, entry] of (input.exchangeLineItems ?? []).entries()) {
      const at = (field: string) => ["input", "exchangeLineItems", String(index), field];
      const line = ret.exchangeLineItems.find((candidate) => candidate.id === entry.id);
      // Guess: wording for both, after the return line's.
      if (!line) return [userError(at("id"), "Exchange line item was not found.", "NOT_FOUND")];
      if (entry.quantity <= 0 || entry.quantity > line.quantity - line.processedQuantity) return [userError(at("quantity"), "Exchange line item has an invalid quantity.", "INVALID")];
      plan.exchanges.push({ line, quantity: entry.quantity });
    }
    // Guess: wording for a call that processes nothing.
    if (plan.returns.length === 0 && plan.exchanges.length === 0) return [userError(["input"], "At least one return line item or exchange line item must be processed.", "BLANK")];
    return plan;
  }

  /** The refund's payments and shipping, in shop minor units, or Shopify's refusal. */
  function planMoney(order: Order, input: ProcessInput): UserError[] | { payments: RefundPayment[]; shipping: number } {
    const payments: RefundPayment[] = [];
    const refund = input.financialTransfer?.issueRefund;
    for (const [index, transfer] of (refund?.orderTransactions ?? []).entries()) {
      const parent = order.transactions.find((transaction) => transaction.id === transfer.parentId && (transaction.kind === "SALE" || transaction.kind === "CAPTURE") && transaction.status === "SUCCESS");
      // refundCreate's recorded answer for a parent of another order.
      if (!parent) return [userError(["input", "financialTransfer", "issueRefund", "orderTransactions", String(index), "parentId"], "Transactions require a parent_id associated with the order", "INVALID")];
      payments.push({ amount: toMoneyInShop(order, transfer.transactionAmount), parent, gateway: parent.gateway, formattedGateway: parent.formattedGateway });
    }
    for (const method of refund?.refundMethods ?? []) {
      if (method.storeCreditRefund) payments.push({ amount: toMoneyInShop(order, method.storeCreditRefund.amount), parent: undefined, ...STORE_CREDIT_GATEWAY });
    }
    const total = payments.reduce((sum, payment) => sum + payment.amount, 0);
    const received = maximumRefundable(order);
    if (total > received && !refund?.allowOverRefunding) {
      const format = (minor: number) => formatShopMoney(getShop(state, shop).shop.currencyFormats.moneyFormat, minor, currencyDigits(order.currencyCode));
      // refundCreate's recorded wording for the same check.
      return [userError(["input", "financialTransfer"], `Refund amount ${format(total)} is greater than net payment received ${format(received)}`, "INVALID")];
    }
    const shippingInput = input.refundShipping;
    const shipping = shippingInput?.fullRefund ? refundableShipping(order) : Math.min(refundableShipping(order), shippingInput?.shippingRefundAmount ? toMoneyInShop(order, shippingInput.shippingRefundAmount) : 0);
    return { payments, shipping };
  }

  function toExchangeLineItem(order: Order, line: ExchangeLineItem, quantity: number): LineItem {
    const template = order.lineItems[0]!;
    const { unitDiscount: _none, ...base } = template;
    return {
      ...base,
      id: toGid("LineItem", nextId("LineItem")),
      title: line.variant.product.title,
      name: line.variantTitle ? `${line.title} - ${line.variantTitle}` : line.title,
      variantTitle: line.variantTitle,
      sku: line.variantSku,
      vendor: line.variant.product.vendor,
      variant: line.variant,
      product: line.variant.product,
      quantity,
      currentQuantity: quantity,
      unfulfilledQuantity: quantity,
      refundableQuantity: quantity,
      customAttributes: [],
      discountAllocations: [],
      originalUnitPriceSet: toMoneyBag(parseMinor(line.variant.price, order.currencyCode), order.currencyCode, order.pricing.presentment),
    };
  }
}

interface ProcessInput {
  returnId: string;
  returnLineItems?: Array<{ id: string; quantity: number; dispositions?: Disposition[] | null }> | null;
  exchangeLineItems?: Array<{ id: string; quantity: number }> | null;
  financialTransfer?: {
    issueRefund?: {
      allowOverRefunding?: boolean | null;
      orderTransactions: Array<{ parentId: string; transactionAmount: { amount: string; currencyCode: string } }>;
      refundMethods?: Array<{ storeCreditRefund?: { amount: { amount: string; currencyCode: string }; expiresAt?: string | null } | null }> | null;
    } | null;
  } | null;
  refundShipping?: { fullRefund?: boolean | null; shippingRefundAmount?: { amount: string; currencyCode: string } | null } | null;
  note?: string | null;
  notifyCustomer?: boolean | null;
}

interface Disposition {
  reverseFulfillmentOrderLineItemId: string;
  quantity: number;
  dispositionType: "MISSING" | "NOT_RESTOCKED" | "PROCESSING_REQUIRED" | "RESTOCKED";
  locationId?: string | null;
}

interface ProcessPlan {
  returns: Array<{ line: ReturnLineItem; quantity: number; dispositions: Disposition[] }>;
  exchanges: Array<{ line: ExchangeLineItem; quantity: number }>;
}

/** Whether a builder answered Shopify's errors rather than what it built (errors are never empty). */
function isErrors<T>(value: UserError[] | T): value is UserError[] {
  return Array.isArray(value) && value.length > 0 && "message" in (value[0] as object);
}

/** A MoneyInput in shop minor units: converted from the presentment currency when it names that. */
function toMoneyInShop(order: Order, money: { amount: string; currencyCode: string }): number {
  const { currency, rate } = order.pricing.presentment;
  if (money.currencyCode === currency && currency !== order.currencyCode) return Math.round((Number(money.amount) / rate) * 10 ** currencyDigits(order.currencyCode));
  return parseMinor(money.amount, order.currencyCode);
}
