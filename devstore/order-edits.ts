import { randomUUID } from "node:crypto";
import { currencyDigits, parseMinor, toGid, toMoney, toMoneyBag, toShippingLine, type LineItem, type ManualDiscountApplication, type Order, type ProductVariant, type ShippingLine } from "./objects.ts";
import { adjustInventory, userError, type OrderActionStore, type UserError } from "./order-action-store.ts";
import { idAllocatorFor, shopOwnerId } from "./order-events.ts";
import { shopMinor } from "./order-totals.ts";
import { findOrder, findVariant, updateOrder } from "./state.ts";
import { orderEditPayload, orderPayload } from "./webhook-payloads.ts";

// Order editing as Shopify does it: orderEditBegin opens a calculated order, the orderEdit*
// mutations stage changes on it, orderEditCommit applies them to the order and sends
// orders/edited then orders/updated. Messages in quotes below are Shopify's, as recorded from
// live 2026-04 responses in airhorns/shopify-draft-proxy's conformance fixtures
// (fixtures/conformance/…/orders/order-edit-*.json, orderEditAddCustomItem-validation.json).

interface StagedDiscount {
  application: { __typename: "CalculatedManualDiscountApplication"; id: string; description: string | null; allocationMethod: "EACH"; appliedTo: "LINE"; targetSelection: "EXPLICIT"; targetType: "LINE_ITEM"; value: ManualDiscountApplication["value"] };
  stagedChangeId: string;
  perUnitMinor: number;
}

interface StagedLine {
  id: string;
  /** The order's line, or null for one this edit adds. */
  item: LineItem | null;
  variant: ProductVariant | null;
  title: string;
  variantTitle: string | null;
  sku: string | null;
  unitMinor: number;
  quantity: number;
  /** The quantity when the edit began (0 for an added line). */
  baseQuantity: number;
  fulfilled: number;
  restock: boolean;
  taxable: boolean;
  requiresShipping: boolean;
  discount: StagedDiscount | null;
}

interface StagedShipping {
  id: string;
  title: string;
  priceMinor: number;
  status: "NONE" | "ADDED" | "REMOVED";
  line: ShippingLine | null;
}

export interface EditSession {
  id: string;
  sessionId: string;
  order: Order;
  lines: StagedLine[];
  shipping: StagedShipping[];
}

type Args = Record<string, any>;

function calculatedLine(session: EditSession, line: StagedLine) {
  const { order } = session;
  const bag = (minor: number) => toMoneyBag(minor, order.currencyCode, order.pricing.presentment);
  const perUnitDiscount = line.discount?.perUnitMinor ?? 0;
  const editable = line.quantity - line.fulfilled;
  const stagedChanges: unknown[] = [];
  if (line.item && line.quantity > line.baseQuantity) stagedChanges.push({ __typename: "OrderStagedChangeIncrementItem", id: `${line.id}-increment`, delta: line.quantity - line.baseQuantity, lineItem: line.item });
  if (line.item && line.quantity < line.baseQuantity) stagedChanges.push({ __typename: "OrderStagedChangeDecrementItem", id: `${line.id}-decrement`, delta: line.baseQuantity - line.quantity, lineItem: line.item, restock: line.restock });
  if (!line.item && line.variant) stagedChanges.push({ __typename: "OrderStagedChangeAddVariant", id: `${line.id}-add`, quantity: line.quantity, variant: line.variant });
  if (!line.item && !line.variant) stagedChanges.push({ __typename: "OrderStagedChangeAddCustomItem", id: `${line.id}-add`, quantity: line.quantity, title: line.title, originalUnitPrice: toMoney(line.unitMinor, order.currencyCode) });
  if (line.discount) stagedChanges.push(discountChange(line.discount, order));
  return {
    __typename: "CalculatedLineItem",
    id: line.id,
    title: line.title,
    variantTitle: line.variantTitle,
    sku: line.sku,
    variant: line.variant,
    image: null,
    customAttributes: line.item?.customAttributes ?? [],
    quantity: line.quantity,
    editableQuantity: editable,
    editableQuantityBeforeChanges: line.baseQuantity - line.fulfilled,
    restockable: Boolean(line.variant) && line.quantity < line.baseQuantity,
    restocking: line.restock && line.quantity < line.baseQuantity,
    originalUnitPriceSet: bag(line.unitMinor),
    discountedUnitPriceSet: bag(line.unitMinor - perUnitDiscount),
    editableSubtotalSet: bag((line.unitMinor - perUnitDiscount) * editable),
    uneditableSubtotalSet: bag((line.unitMinor - perUnitDiscount) * line.fulfilled),
    hasStagedLineItemDiscount: Boolean(line.discount),
    calculatedDiscountAllocations: line.discount ? [{ allocatedAmountSet: bag(perUnitDiscount * line.quantity), discountApplication: line.discount.application }] : [],
    discountAllocations: [],
    stagedChanges,
  };
}

function discountChange(discount: StagedDiscount, order: Order) {
  const value = discount.application.value;
  return { __typename: "OrderStagedChangeAddLineItemDiscount", id: discount.stagedChangeId, description: discount.application.description ?? "", value: "percentage" in value ? value : toMoney(parseMinor(value.amount, order.currencyCode), order.currencyCode) };
}

/** The CalculatedOrder for a session, computed afresh: the order with every staged change applied. */
export function calculatedOrder(session: EditSession) {
  const { order } = session;
  const bag = (minor: number) => toMoneyBag(minor, order.currencyCode, order.pricing.presentment);
  const { subtotal, tax, shipping, total } = sessionTotals(session);
  const net = shopMinor(order.netPaymentSet);
  const lines = session.lines.map((line) => ({ line, view: calculatedLine(session, line) }));
  const shippingChanges = session.shipping.flatMap((line): Array<{ __typename: string; id: string; [field: string]: unknown }> =>
    line.status === "ADDED"
      ? [{ __typename: "OrderStagedChangeAddShippingLine", id: `${line.id}-add`, title: line.title, presentmentTitle: line.title, phone: null, price: toMoney(line.priceMinor, order.currencyCode) }]
      : line.status === "REMOVED" && line.line
        ? [{ __typename: "OrderStagedChangeRemoveShippingLine", id: `${line.id}-remove`, shippingLine: line.line }]
        : [],
  );
  return {
    __typename: "CalculatedOrder",
    id: session.id,
    committed: false,
    originalOrder: order,
    lineItems: lines.filter(({ line }) => line.item).map(({ view }) => view),
    addedLineItems: lines.filter(({ line }) => !line.item).map(({ view }) => view),
    addedDiscountApplications: session.lines.flatMap((line) => (line.discount ? [line.discount.application] : [])),
    shippingLines: session.shipping.map((line) => ({ __typename: "CalculatedShippingLine", id: line.id, title: line.title, price: bag(line.priceMinor), stagedStatus: line.status })),
    stagedChanges: [...lines.flatMap(({ view }) => view.stagedChanges as Array<{ id: string }>), ...shippingChanges],
    subtotalLineItemsQuantity: session.lines.reduce((sum, line) => sum + line.quantity, 0),
    subtotalPriceSet: bag(subtotal),
    cartDiscountAmountSet: bag(0),
    taxLines: [{ __typename: "TaxLine", title: order.pricing.taxTitle, rate: order.pricing.taxRate, ratePercentage: order.pricing.taxRate * 100, priceSet: bag(tax), channelLiable: false }],
    totalPriceSet: bag(total),
    // Negative when the edit lowers the total below what was paid: the customer is owed a refund.
    totalOutstandingSet: bag(total - net),
    shippingTotal: shipping,
    notificationPreviewTitle: `Order ${order.name} was edited`,
    notificationPreviewHtml: null,
  };
}

function sessionTotals(session: EditSession) {
  const { order } = session;
  const rate = order.pricing.taxRate;
  let subtotal = 0;
  let taxable = 0;
  for (const line of session.lines) {
    const amount = (line.unitMinor - (line.discount?.perUnitMinor ?? 0)) * line.quantity;
    subtotal += amount;
    if (line.taxable) taxable += amount;
  }
  const tax = order.taxesIncluded ? Math.round((taxable * rate) / (1 + rate)) : Math.round(taxable * rate);
  const shipping = session.shipping.filter((line) => line.status !== "REMOVED").reduce((sum, line) => sum + line.priceMinor, 0);
  return { subtotal, tax, shipping, total: subtotal + shipping + (order.taxesIncluded ? 0 : tax) };
}

/** The order-edit mutations for one request's shop. */
export function createOrderEditMutations(store: OrderActionStore, shop: string) {
  const { state } = store;
  const sessions = store.forShop(shop).edits;
  const nextId = idAllocatorFor(state);
  const failed = (errors: UserError[]) => ({ calculatedOrder: null, calculatedLineItem: null, calculatedShippingLine: null, orderEditSession: null, addedDiscountStagedChange: null, userErrors: errors });
  const answer = (session: EditSession, extra: Record<string, unknown> = {}) => ({
    calculatedOrder: calculatedOrder(session),
    orderEditSession: { __typename: "OrderEditSession", id: session.sessionId },
    userErrors: [],
    ...extra,
  });
  const viewOf = (session: EditSession, line: StagedLine) => calculatedLine(session, line);
  /** Runs `change` on the session named by `args.id` (a CalculatedOrder or OrderEditSession id). */
  const withSession = (args: Args, change: (session: EditSession) => UserError[] | Record<string, unknown>) => {
    const key = String(args.id).replace("/OrderEditSession/", "/CalculatedOrder/");
    const session = sessions.get(key);
    if (!session) return failed([userError(["id"], "The calculated order does not exist.")]);
    const outcome = change(session);
    return Array.isArray(outcome) ? failed(outcome) : answer(session, outcome);
  };
  /** The shop's money from a MoneyInput in the shop's or the order's presentment currency, else null. */
  const toShopMinor = (order: Order, money: { amount: string | number; currencyCode: string }): number | null => {
    if (money.currencyCode === order.currencyCode) return parseMinor(money.amount, order.currencyCode);
    const { currency, rate } = order.pricing.presentment;
    if (money.currencyCode !== currency) return null;
    return Math.round((Number(money.amount) / rate) * 10 ** currencyDigits(order.currencyCode));
  };

  return {
    orderEditBegin(args: Args) {
      const order = findOrder(state, shop, args.id);
      if (!order) return failed([userError(["id"], "The order does not exist.")]);
      if (!order.merchantEditable) return failed([userError(null, "The order cannot be edited.")]);
      const number = nextId("CalculatedOrder");
      const session: EditSession = {
        id: toGid("CalculatedOrder", number),
        sessionId: toGid("OrderEditSession", number),
        order,
        lines: order.lineItems.map((item) => ({
          id: item.id.replace("/LineItem/", "/CalculatedLineItem/"),
          item,
          variant: item.variant,
          title: item.title,
          variantTitle: item.variantTitle,
          sku: item.sku,
          unitMinor: shopMinor(item.originalUnitPriceSet),
          quantity: item.currentQuantity,
          baseQuantity: item.currentQuantity,
          fulfilled: item.currentQuantity - item.unfulfilledQuantity,
          restock: false,
          taxable: item.taxable,
          requiresShipping: item.requiresShipping,
          discount: item.unitDiscount ? existingDiscount(item) : null,
        })),
        shipping: order.shippingLines.map((line) => ({ id: line.id.replace("/ShippingLine/", "/CalculatedShippingLine/"), title: line.title, priceMinor: shopMinor(line.originalPriceSet), status: "NONE", line })),
      };
      sessions.set(session.id, session);
      return answer(session);
    },

    orderEditSetQuantity(args: Args) {
      return withSession(args, (session) => {
        const line = session.lines.find((candidate) => candidate.id === args.lineItemId);
        if (!line) return [userError(["lineItemId"], "The line item does not exist on the order.")];
        if (args.quantity < 0) return [userError(["quantity"], "must be greater than or equal to 0")];
        // Guessed wording: no recorded Shopify answer for this case. Fulfilled units stay on the order.
        if (args.quantity < line.fulfilled) return [userError(["quantity"], `The quantity can't be lower than the ${line.fulfilled} already fulfilled.`)];
        line.quantity = args.quantity;
        line.restock = Boolean(args.restock) && line.quantity < line.baseQuantity;
        return { calculatedLineItem: viewOf(session, line) };
      });
    },

    orderEditAddVariant(args: Args) {
      return withSession(args, (session) => {
        const variant = findVariant(state, shop, args.variantId);
        if (!variant) return [userError(["variantId"], "The variant does not exist in the shop.")];
        if (args.quantity <= 0) return [userError(["quantity"], "must be greater than 0")];
        if (args.allowDuplicates === false && session.lines.some((line) => line.variant?.id === variant.id && line.quantity > 0)) {
          return [userError(["id"], `The ${variant.product.title} was not added because it's already on the order.`)];
        }
        const line: StagedLine = {
          id: toGid("CalculatedLineItem", nextId("LineItem")),
          item: null,
          variant,
          title: variant.product.title,
          variantTitle: variant.title === "Default Title" ? null : variant.title,
          sku: variant.sku,
          unitMinor: parseMinor(variant.price, session.order.currencyCode),
          quantity: args.quantity,
          baseQuantity: 0,
          fulfilled: 0,
          restock: false,
          taxable: variant.taxable,
          requiresShipping: variant.inventoryItem.requiresShipping,
          discount: null,
        };
        session.lines.push(line);
        return { calculatedLineItem: viewOf(session, line) };
      });
    },

    orderEditAddCustomItem(args: Args) {
      return withSession(args, (session) => {
        if (!String(args.title ?? "").trim()) return [userError(["title"], "can't be blank")];
        if (args.title.length > 255) return [userError(["title"], "is too long (maximum is 255 characters)")];
        if (args.quantity <= 0) return [userError(["quantity"], "must be greater than 0")];
        if (Number(args.price.amount) < 0) return [userError(["price", "amount"], "must be greater than or equal to 0")];
        const unit = toShopMinor(session.order, args.price);
        if (unit === null) return [userError(["price", "amount"], `Currency must be ${session.order.currencyCode}.`)];
        const line: StagedLine = {
          id: toGid("CalculatedLineItem", nextId("LineItem")),
          item: null,
          variant: null,
          title: args.title,
          variantTitle: null,
          sku: null,
          unitMinor: unit,
          quantity: args.quantity,
          baseQuantity: 0,
          fulfilled: 0,
          restock: false,
          taxable: args.taxable ?? true,
          requiresShipping: args.requiresShipping ?? true,
          discount: null,
        };
        session.lines.push(line);
        return { calculatedLineItem: viewOf(session, line) };
      });
    },

    orderEditAddLineItemDiscount(args: Args) {
      return withSession(args, (session) => {
        const line = session.lines.find((candidate) => candidate.id === args.lineItemId);
        if (!line) return [userError(["id"], "The line item does not exist on the order.")];
        const { fixedValue, percentValue, description } = args.discount as { fixedValue?: { amount: string; currencyCode: string } | null; percentValue?: number | null; description?: string | null };
        // Guessed wording for the two checks below (no recorded Shopify answer).
        if ((fixedValue == null) === (percentValue == null)) return [userError(["discount"], "Provide either a fixed value or a percent value for the discount.")];
        let perUnitMinor: number;
        let value: ManualDiscountApplication["value"];
        if (fixedValue) {
          const minor = toShopMinor(session.order, fixedValue);
          if (minor === null) return [userError(["discount", "fixedValue"], `Currency must be ${session.order.currencyCode}.`)];
          perUnitMinor = Math.min(minor, line.unitMinor);
          value = toMoney(minor, session.order.currencyCode);
        } else {
          if (percentValue! <= 0 || percentValue! > 100) return [userError(["discount", "percentValue"], "Percent value must be between 0 and 100.")];
          perUnitMinor = Math.round((line.unitMinor * percentValue!) / 100);
          value = { __typename: "PricingPercentageValue", percentage: percentValue! };
        }
        // A line discount applies to each unit (allocation method EACH), as in Shopify admin.
        line.discount = {
          application: { __typename: "CalculatedManualDiscountApplication", id: toGid("CalculatedManualDiscountApplication", randomUUID()), description: description ?? null, allocationMethod: "EACH", appliedTo: "LINE", targetSelection: "EXPLICIT", targetType: "LINE_ITEM", value },
          stagedChangeId: toGid("OrderStagedChangeAddLineItemDiscount", nextId("OrderStagedChange")),
          perUnitMinor,
        };
        return { calculatedLineItem: viewOf(session, line), addedDiscountStagedChange: discountChange(line.discount, session.order) };
      });
    },

    orderEditRemoveDiscount(args: Args) {
      return withSession(args, (session) => {
        const line = session.lines.find((candidate) => candidate.discount?.application.id === args.discountApplicationId);
        // Guessed wording (code INVALID is the enum's only value).
        if (!line) return [userError(["discountApplicationId"], "The discount does not exist on the order edit.", "INVALID")];
        line.discount = null;
        return {};
      });
    },

    orderEditAddShippingLine(args: Args) {
      return withSession(args, (session) => {
        const price = toShopMinor(session.order, args.shippingLine.price);
        if (price === null) return [userError(["shippingLine", "price"], `The price must be in ${session.order.currencyCode}.`, "INVALID")];
        const line: StagedShipping = { id: toGid("CalculatedShippingLine", nextId("ShippingLine")), title: args.shippingLine.title, priceMinor: price, status: "ADDED", line: null };
        session.shipping.push(line);
        return { calculatedShippingLine: calculatedOrder(session).shippingLines.find((shipping) => shipping.id === line.id) };
      });
    },

    orderEditUpdateShippingLine(args: Args) {
      return withSession(args, (session) => {
        const line = session.shipping.find((candidate) => candidate.id === args.shippingLineId && candidate.status === "ADDED");
        if (!line) return [userError(["shippingLineId"], "The shipping line can't be updated because it doesn't exist or wasn't added during this edit.", "INVALID")];
        if (args.shippingLine.price) {
          const price = toShopMinor(session.order, args.shippingLine.price);
          if (price === null) return [userError(["shippingLine", "price"], `The price must be in ${session.order.currencyCode}.`, "INVALID")];
          line.priceMinor = price;
        }
        if (args.shippingLine.title) line.title = args.shippingLine.title;
        return {};
      });
    },

    orderEditRemoveShippingLine(args: Args) {
      return withSession(args, (session) => {
        const index = session.shipping.findIndex((candidate) => candidate.id === args.shippingLineId && candidate.status !== "REMOVED");
        if (index < 0) return [userError(["shippingLineId"], "The shipping line can't be removed because it doesn't exist or has already been removed.", "INVALID")];
        if (session.shipping[index]!.status === "ADDED") session.shipping.splice(index, 1);
        else session.shipping[index]!.status = "REMOVED";
        return {};
      });
    },

    orderEditCommit(args: Args) {
      const key = String(args.id).replace("/OrderEditSession/", "/CalculatedOrder/");
      const session = sessions.get(key);
      if (!session) return { order: null, successMessages: [], userErrors: [userError(["id"], "The calculated order does not exist.")] };
      sessions.delete(key);
      const summary = commitEdit(store, shop, session);
      const order = session.order;
      const owner = shopOwnerId(state, shop);
      store.notify(shop, [
        ["orders/edited", orderEditPayload(order, summary, { notifyCustomer: args.notifyCustomer ?? false, staffNote: args.staffNote ?? "" })],
        ["orders/updated", orderPayload(order, "orders/updated", owner)],
      ]);
      return { order, successMessages: ["Order updated"], userErrors: [] };
    },
  };
}

function existingDiscount(item: LineItem): StagedDiscount {
  const application = item.unitDiscount!.application;
  return {
    application: { __typename: "CalculatedManualDiscountApplication", id: toGid("CalculatedManualDiscountApplication", item.id.slice(item.id.lastIndexOf("/") + 1)), description: application.description, allocationMethod: "EACH", appliedTo: "LINE", targetSelection: "EXPLICIT", targetType: "LINE_ITEM", value: application.value },
    stagedChangeId: "",
    perUnitMinor: item.unitDiscount!.perUnitMinor,
  };
}

/** Applies a session's staged changes to its order (through updateOrder, so totals and mirrors follow). */
function commitEdit(store: OrderActionStore, shop: string, session: EditSession) {
  const { state } = store;
  const nextId = idAllocatorFor(state);
  const added: Array<{ item: LineItem; delta: number }> = [];
  const removed: Array<{ item: LineItem; delta: number }> = [];
  const template = session.order.lineItems[0];
  updateOrder(state, shop, session.order.id, (order) => {
    for (const line of session.lines) {
      let item = line.item;
      if (!item) {
        if (line.quantity === 0) continue;
        const id = nextId("LineItem");
        item = {
          ...(template ?? ({} as LineItem)),
          __typename: "LineItem",
          id: toGid("LineItem", id),
          title: line.title,
          name: line.variantTitle ? `${line.title} - ${line.variantTitle}` : line.title,
          variantTitle: line.variantTitle,
          sku: line.sku,
          vendor: line.variant?.product.vendor ?? null,
          quantity: line.quantity,
          currentQuantity: line.quantity,
          unfulfilledQuantity: line.quantity,
          refundableQuantity: line.quantity,
          nonFulfillableQuantity: 0,
          requiresShipping: line.requiresShipping,
          taxable: line.taxable,
          isGiftCard: false,
          merchantEditable: true,
          restockable: Boolean(line.variant),
          customAttributes: [],
          discountAllocations: [],
          duties: [],
          taxLines: [],
          originalUnitPriceSet: toMoneyBag(line.unitMinor, order.currencyCode, order.pricing.presentment),
          variant: line.variant,
          product: line.variant?.product ?? null,
        };
        order.lineItems.push(item);
        adjustInventory(line.variant, -line.quantity);
        added.push({ item, delta: line.quantity });
      } else if (line.quantity !== line.baseQuantity) {
        const delta = line.quantity - line.baseQuantity;
        item.currentQuantity = line.quantity;
        item.unfulfilledQuantity = line.quantity - line.fulfilled;
        item.quantity = Math.max(item.quantity, line.quantity);
        if (delta > 0) {
          adjustInventory(item.variant, -delta);
          added.push({ item, delta });
        } else {
          if (line.restock) adjustInventory(item.variant, -delta);
          removed.push({ item, delta: -delta });
        }
      }
      item.unitDiscount = line.discount
        ? {
            perUnitMinor: line.discount.perUnitMinor,
            application: { __typename: "ManualDiscountApplication", allocationMethod: "EACH", description: line.discount.application.description, index: 0, targetSelection: "EXPLICIT", targetType: "LINE_ITEM", title: line.discount.application.description ?? "Discount", value: line.discount.application.value },
          }
        : undefined;
    }
    order.shippingLines = session.shipping
      .filter((line) => line.status !== "REMOVED")
      .map((line) => line.line ?? newShippingLine(order, line, nextId("ShippingLine")));
    order.shippingLine = order.shippingLines[0] ?? null;
    order.edited = true;
  });
  const order = session.order;
  const outstanding = shopMinor(order.totalOutstandingSet);
  if (outstanding > 0 && shopMinor(order.totalReceivedSet) > 0) order.displayFinancialStatus = "PARTIALLY_PAID";
  else if (outstanding <= 0 && order.displayFinancialStatus === "PARTIALLY_PAID") order.displayFinancialStatus = "PAID";
  return { added, removed };
}

function newShippingLine(order: Order, staged: StagedShipping, id: number): ShippingLine {
  const price = toMoneyBag(staged.priceMinor, order.currencyCode, order.pricing.presentment);
  return toShippingLine({ id: toGid("ShippingLine", id), title: staged.title, code: staged.title, custom: true, price });
}
