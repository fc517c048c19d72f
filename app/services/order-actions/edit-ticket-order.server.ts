import type { Prisma } from "@prisma/client";
import type { AdminClient } from "~/shopify/admin-client.server";
import {
  addOrderEditCustomItem,
  addOrderEditLineItemDiscount,
  addOrderEditShippingLine,
  addOrderEditVariant,
  beginOrderEdit,
  commitOrderEdit,
  fetchOrderEditability,
  removeOrderEditShippingLine,
  setOrderEditQuantity,
  updateOrderEditShippingLine,
  type EditStepResult,
  type ShopifyCalculatedLineItem,
  type ShopifyCalculatedOrder,
} from "~/shopify/order-edits.server";
import { signOf, sumAmounts } from "./decimal";
import { failure, fromAdminError, fromUserErrors, notFound, orderChanged, type OrderActionFailure } from "./order-action-errors";
import { resolveActionTarget, runOrderAction } from "./run-order-action.server";
import type { EditTicketOrderInput, EditTicketOrderValue, Money, OrderActionResult, OrderEditChange, OrderEditLine, OrderEditPreview } from "./types";

/**
 * Edits a ticket's order in Shopify: begins an edit, stages every change in order and answers the
 * recalculated order as a preview. With `commit`, the edit is saved (once per idempotency key),
 * the customer notified or not, the activity written and the mirror refreshed; when the customer
 * then owes money, `paymentUrl` is the link to pay it.
 */
export async function editTicketOrder(input: EditTicketOrderInput): Promise<OrderActionResult<EditTicketOrderValue>> {
  const { admin, commit } = input;
  if (!commit) {
    const target = await resolveActionTarget(input);
    if (!target) return notFound();
    try {
      const staged = await stageEdit(admin, target.orderGid, input.changes);
      return staged.ok ? { ok: true, value: { preview: staged.preview, committed: false, paymentUrl: null } } : staged;
    } catch (error) {
      const denied = fromAdminError(error);
      if (denied) return denied;
      throw error;
    }
  }

  return runOrderAction<EditTicketOrderValue>(input, {
    kind: "order_edited",
    idempotencyKey: commit.idempotencyKey,
    input: { changes: input.changes, notifyCustomer: commit.notifyCustomer, staffNote: commit.staffNote } as unknown as Prisma.InputJsonValue,
    perform: async (target) => {
      // Confirmed on an older view of the order (another agent's edit or refund since): look again.
      if (commit.seenOrderUpdatedAt && commit.seenOrderUpdatedAt !== target.order.shopifyUpdatedAt.toISOString()) return orderChanged();
      const staged = await stageEdit(admin, target.orderGid, input.changes);
      if (!staged.ok) return staged;
      const committed = await commitOrderEdit(admin, staged.preview.calculatedOrderId, { notifyCustomer: commit.notifyCustomer, staffNote: commit.staffNote });
      if (!committed.ok) return fromUserErrors(committed.userErrors);
      const paymentUrl = signOf(committed.outstanding.amount) > 0 ? committed.paymentUrl : null;
      const { preview } = staged;
      return {
        ok: true,
        value: { preview, committed: true, paymentUrl },
        activity: {
          changes: input.changes as unknown as Prisma.InputJsonValue,
          lines: preview.lines.filter((line) => line.isAdded || line.isRemoved).map(describeLine),
          originalTotal: { ...preview.originalTotal },
          total: { ...preview.total },
          balance: { ...committed.outstanding },
          notifyCustomer: commit.notifyCustomer,
          staffNote: commit.staffNote,
          paymentUrl,
          calculatedOrderId: preview.calculatedOrderId,
        },
      };
    },
  });
}

function describeLine(line: OrderEditLine): Prisma.InputJsonValue {
  return { title: line.title, variantTitle: line.variantTitle, quantity: line.quantity, isAdded: line.isAdded, isRemoved: line.isRemoved };
}

type Staged = { ok: true; preview: OrderEditPreview } | OrderActionFailure;

/** Begins an edit and stages `changes` one by one; the first refusal stops it with Shopify's words. */
async function stageEdit(admin: AdminClient, orderGid: string, changes: OrderEditChange[]): Promise<Staged> {
  const order = await fetchOrderEditability(admin, orderGid);
  if (!order) return notFound();
  if (!order.merchantEditable) {
    const reasons = order.merchantEditableErrors.length > 0 ? order.merchantEditableErrors : ["Shopify does not allow editing it."];
    return failure("INVALID", reasons.map((reason) => `Order ${order.name} can't be edited: ${reason}`));
  }
  const currencyCode = order.presentmentCurrencyCode;
  const begun = await beginOrderEdit(admin, orderGid);
  if (!begun.ok) return fromUserErrors(begun.userErrors);
  const id = begun.calculatedOrder.id;
  let current = begun.calculatedOrder;
  const added: string[] = [];
  const lineId = (lineItemId: string) => toCalculatedLineId(lineItemId);

  for (const change of changes) {
    let step: EditStepResult;
    switch (change.kind) {
      case "setQuantity":
        step = await setOrderEditQuantity(admin, id, { lineItemId: lineId(change.lineItemId), quantity: change.quantity, restock: change.restock });
        break;
      case "addVariant":
        step = await addOrderEditVariant(admin, id, { variantId: change.variantId, quantity: change.quantity });
        if (step.ok && step.lineId) added.push(step.lineId);
        break;
      case "swapVariant": {
        // What is not fulfilled yet moves to the new variant; what has shipped stays as it is.
        const line = current.lineItems.nodes.find((candidate) => candidate.id === lineId(change.lineItemId));
        if (!line) return failure("INVALID", ["That item is not on this order, or the order has too many items to edit here."]);
        const moving = line.editableQuantity;
        if (moving <= 0) return failure("INVALID", ["Every unit of that item has been fulfilled, so it can't be swapped."]);
        step = await setOrderEditQuantity(admin, id, { lineItemId: line.id, quantity: line.quantity - moving, restock: change.restock });
        if (step.ok) step = await addOrderEditVariant(admin, id, { variantId: change.variantId, quantity: moving });
        break;
      }
      case "addDiscount": {
        const target = "lineItemId" in change.line ? lineId(change.line.lineItemId) : added[change.line.addedIndex];
        if (!target) return failure("INVALID", [`The discount names added line ${"addedIndex" in change.line ? change.line.addedIndex + 1 : "?"}, which this edit does not add.`]);
        const discount = "fixed" in change.discount ? { fixedValue: { amount: change.discount.fixed, currencyCode } } : { percentValue: change.discount.percent };
        step = await addOrderEditLineItemDiscount(admin, id, { lineItemId: target, discount: { description: change.reason, ...discount } });
        break;
      }
      case "addCustomItem":
        step = await addOrderEditCustomItem(admin, id, {
          title: change.title,
          price: { amount: change.price, currencyCode },
          quantity: change.quantity,
          taxable: change.taxable,
          requiresShipping: change.requiresShipping,
        });
        if (step.ok && step.lineId) added.push(step.lineId);
        break;
      case "addShippingLine":
        step = await addOrderEditShippingLine(admin, id, { title: change.title, price: { amount: change.price, currencyCode } });
        break;
      case "updateShippingLine":
        step = await updateOrderEditShippingLine(admin, id, change.shippingLineId, {
          ...(change.title !== undefined ? { title: change.title } : {}),
          ...(change.price !== undefined ? { price: { amount: change.price, currencyCode } } : {}),
        });
        break;
      case "removeShippingLine":
        step = await removeOrderEditShippingLine(admin, id, change.shippingLineId);
        break;
    }
    if (!step.ok) return fromUserErrors(step.userErrors);
    current = step.calculatedOrder;
  }
  return { ok: true, preview: toPreview(current) };
}

/** A calculated line keeps its order line's number: gid://shopify/LineItem/7 → gid://shopify/CalculatedLineItem/7. */
function toCalculatedLineId(lineItemId: string): string {
  return lineItemId.replace("/LineItem/", "/CalculatedLineItem/");
}

const money = (bag: { presentmentMoney: Money }): Money => ({ amount: bag.presentmentMoney.amount, currencyCode: bag.presentmentMoney.currencyCode });

function toLine(line: ShopifyCalculatedLineItem, isAdded: boolean): OrderEditLine {
  const decremented = line.stagedChanges.some((change) => change.__typename === "OrderStagedChangeDecrementItem");
  // Locked when nothing of it was left to change when the edit began: every unit is fulfilled.
  // A line added in this edit was not there when it began, and is not locked.
  const isLocked = !isAdded && line.editableQuantityBeforeChanges === 0 && line.quantity > 0;
  const subtotal = money(line.editableSubtotalSet);
  return {
    id: line.id,
    lineItemId: isAdded ? null : line.id.replace("/CalculatedLineItem/", "/LineItem/"),
    variantId: line.variant?.id ?? null,
    title: line.title,
    variantTitle: line.variantTitle,
    sku: line.sku,
    quantity: line.quantity,
    editableQuantity: line.editableQuantity,
    lockedReason: isLocked ? "Fulfilled" : null,
    unitPrice: money(line.discountedUnitPriceSet),
    subtotal: { amount: sumAmounts([subtotal.amount, line.uneditableSubtotalSet.presentmentMoney.amount]), currencyCode: subtotal.currencyCode },
    isAdded,
    isRemoved: !isAdded && line.quantity === 0 && decremented,
  };
}

function toPreview(order: ShopifyCalculatedOrder): OrderEditPreview {
  const total = money(order.totalPriceSet);
  const zero = { amount: "0", currencyCode: total.currencyCode };
  const shippingLines = order.shippingLines.map((line) => ({ id: line.id ?? "", title: line.title, price: money(line.price), status: line.stagedStatus }));
  const sum = (amounts: Money[]): Money => (amounts.length === 0 ? zero : { amount: sumAmounts(amounts.map((amount) => amount.amount)), currencyCode: total.currencyCode });
  return {
    calculatedOrderId: order.id,
    lines: [
      // Lines at 0 before this edit (removed by an earlier one) are history, not part of the edit.
      ...order.lineItems.nodes.filter((line) => line.quantity > 0 || line.stagedChanges.length > 0).map((line) => toLine(line, false)),
      ...order.addedLineItems.nodes.map((line) => toLine(line, true)),
    ],
    shippingLines,
    originalTotal: money(order.originalOrder.currentTotalPriceSet),
    subtotal: order.subtotalPriceSet ? money(order.subtotalPriceSet) : zero,
    tax: sum(order.taxLines.map((line) => money(line.priceSet))),
    shipping: sum(shippingLines.filter((line) => line.status !== "REMOVED").map((line) => line.price)),
    total,
    balance: money(order.totalOutstandingSet),
  };
}
