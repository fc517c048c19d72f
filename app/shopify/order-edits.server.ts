import type {
  FrontdeskCalculatedLineItemFieldsFragment,
  FrontdeskCalculatedOrderFieldsFragment,
  FrontdeskOrderEditAddCustomItemMutation,
  FrontdeskOrderEditAddLineItemDiscountMutation,
  FrontdeskOrderEditAddShippingLineMutation,
  FrontdeskOrderEditAddVariantMutation,
  FrontdeskOrderEditBeginMutation,
  FrontdeskOrderEditCommitMutation,
  FrontdeskOrderEditRemoveShippingLineMutation,
  FrontdeskOrderEditSetQuantityMutation,
  FrontdeskOrderEditUpdateShippingLineMutation,
  FrontdeskOrderEditabilityQuery,
  FrontdeskOrderInvoiceSendMutation,
} from "~/types/admin.generated";
import type { UserError as AdminUserError } from "~/types/admin.types";
import { runAdminOperation, type AdminClient } from "./admin-client.server";

// Order editing: orderEditBegin opens a calculated order, each orderEdit* mutation stages one
// change on it, orderEditCommit applies them. Every payload selects the whole calculated order,
// so the last answer is the preview.

export type UserError = Pick<AdminUserError, "field" | "message">;
export type ShopifyCalculatedLineItem = FrontdeskCalculatedLineItemFieldsFragment;
export type ShopifyCalculatedOrder = FrontdeskCalculatedOrderFieldsFragment;

const CALCULATED_ORDER_FIELDS = `#graphql
  fragment FrontdeskCalculatedLineItemFields on CalculatedLineItem {
    id
    title
    variantTitle
    sku
    quantity
    editableQuantity
    editableQuantityBeforeChanges
    originalUnitPriceSet { presentmentMoney { amount currencyCode } }
    discountedUnitPriceSet { presentmentMoney { amount currencyCode } }
    editableSubtotalSet { presentmentMoney { amount currencyCode } }
    uneditableSubtotalSet { presentmentMoney { amount currencyCode } }
    variant { id }
    stagedChanges { __typename }
  }

  fragment FrontdeskCalculatedOrderFields on CalculatedOrder {
    id
    originalOrder {
      id
      currentTotalPriceSet { presentmentMoney { amount currencyCode } }
    }
    lineItems(first: 20) { nodes { ...FrontdeskCalculatedLineItemFields } }
    addedLineItems(first: 20) { nodes { ...FrontdeskCalculatedLineItemFields } }
    shippingLines {
      id
      title
      price { presentmentMoney { amount currencyCode } }
      stagedStatus
    }
    subtotalPriceSet { presentmentMoney { amount currencyCode } }
    taxLines { priceSet { presentmentMoney { amount currencyCode } } }
    totalPriceSet { presentmentMoney { amount currencyCode } }
    totalOutstandingSet { presentmentMoney { amount currencyCode } }
  }
`;

const ORDER_EDITABILITY = `#graphql
  query FrontdeskOrderEditability($id: ID!) {
    order(id: $id) {
      id
      name
      merchantEditable
      merchantEditableErrors
      presentmentCurrencyCode
      email
      cancelledAt
      displayFulfillmentStatus
      totalOutstandingSet { presentmentMoney { amount currencyCode } }
    }
  }
`;

const EDIT_BEGIN = `#graphql
  mutation FrontdeskOrderEditBegin($id: ID!) {
    orderEditBegin(id: $id) {
      calculatedOrder { ...FrontdeskCalculatedOrderFields }
      userErrors { field message }
    }
  }
  ${CALCULATED_ORDER_FIELDS}
`;

const EDIT_SET_QUANTITY = `#graphql
  mutation FrontdeskOrderEditSetQuantity($id: ID!, $lineItemId: ID!, $quantity: Int!, $restock: Boolean) {
    orderEditSetQuantity(id: $id, lineItemId: $lineItemId, quantity: $quantity, restock: $restock) {
      calculatedLineItem { id }
      calculatedOrder { ...FrontdeskCalculatedOrderFields }
      userErrors { field message }
    }
  }
  ${CALCULATED_ORDER_FIELDS}
`;

const EDIT_ADD_VARIANT = `#graphql
  mutation FrontdeskOrderEditAddVariant($id: ID!, $variantId: ID!, $quantity: Int!) {
    orderEditAddVariant(id: $id, variantId: $variantId, quantity: $quantity, allowDuplicates: false) {
      calculatedLineItem { id }
      calculatedOrder { ...FrontdeskCalculatedOrderFields }
      userErrors { field message }
    }
  }
  ${CALCULATED_ORDER_FIELDS}
`;

const EDIT_ADD_CUSTOM_ITEM = `#graphql
  mutation FrontdeskOrderEditAddCustomItem($id: ID!, $title: String!, $price: MoneyInput!, $quantity: Int!, $taxable: Boolean, $requiresShipping: Boolean) {
    orderEditAddCustomItem(id: $id, title: $title, price: $price, quantity: $quantity, taxable: $taxable, requiresShipping: $requiresShipping) {
      calculatedLineItem { id }
      calculatedOrder { ...FrontdeskCalculatedOrderFields }
      userErrors { field message }
    }
  }
  ${CALCULATED_ORDER_FIELDS}
`;

const EDIT_ADD_LINE_ITEM_DISCOUNT = `#graphql
  mutation FrontdeskOrderEditAddLineItemDiscount($id: ID!, $lineItemId: ID!, $discount: OrderEditAppliedDiscountInput!) {
    orderEditAddLineItemDiscount(id: $id, lineItemId: $lineItemId, discount: $discount) {
      calculatedLineItem { id }
      calculatedOrder { ...FrontdeskCalculatedOrderFields }
      userErrors { field message }
    }
  }
  ${CALCULATED_ORDER_FIELDS}
`;

const EDIT_ADD_SHIPPING_LINE = `#graphql
  mutation FrontdeskOrderEditAddShippingLine($id: ID!, $shippingLine: OrderEditAddShippingLineInput!) {
    orderEditAddShippingLine(id: $id, shippingLine: $shippingLine) {
      calculatedOrder { ...FrontdeskCalculatedOrderFields }
      userErrors { field message }
    }
  }
  ${CALCULATED_ORDER_FIELDS}
`;

const EDIT_UPDATE_SHIPPING_LINE = `#graphql
  mutation FrontdeskOrderEditUpdateShippingLine($id: ID!, $shippingLineId: ID!, $shippingLine: OrderEditUpdateShippingLineInput!) {
    orderEditUpdateShippingLine(id: $id, shippingLineId: $shippingLineId, shippingLine: $shippingLine) {
      calculatedOrder { ...FrontdeskCalculatedOrderFields }
      userErrors { field message }
    }
  }
  ${CALCULATED_ORDER_FIELDS}
`;

const EDIT_REMOVE_SHIPPING_LINE = `#graphql
  mutation FrontdeskOrderEditRemoveShippingLine($id: ID!, $shippingLineId: ID!) {
    orderEditRemoveShippingLine(id: $id, shippingLineId: $shippingLineId) {
      calculatedOrder { ...FrontdeskCalculatedOrderFields }
      userErrors { field message }
    }
  }
  ${CALCULATED_ORDER_FIELDS}
`;

const EDIT_COMMIT = `#graphql
  mutation FrontdeskOrderEditCommit($id: ID!, $notifyCustomer: Boolean, $staffNote: String) {
    orderEditCommit(id: $id, notifyCustomer: $notifyCustomer, staffNote: $staffNote) {
      order {
        id
        totalOutstandingSet { presentmentMoney { amount currencyCode } }
        paymentCollectionDetails { additionalPaymentCollectionUrl }
      }
      userErrors { field message }
    }
  }
`;

const INVOICE_SEND = `#graphql
  mutation FrontdeskOrderInvoiceSend($id: ID!, $email: EmailInput) {
    orderInvoiceSend(id: $id, email: $email) {
      order { id }
      userErrors { field message }
    }
  }
`;

export type OrderEditability = NonNullable<FrontdeskOrderEditabilityQuery["order"]>;

/** Whether an order can be edited (and why not), with what an invoice needs. Null when Shopify has no such order. */
export async function fetchOrderEditability(admin: AdminClient, orderGid: string): Promise<OrderEditability | null> {
  const data = await runAdminOperation<FrontdeskOrderEditabilityQuery>(admin, ORDER_EDITABILITY, { id: orderGid });
  return data.order;
}

/** The answer of a staging mutation: the calculated order after it, the line it made or changed, or userErrors. */
export type EditStepResult = { ok: true; calculatedOrder: ShopifyCalculatedOrder; lineId: string | null } | { ok: false; userErrors: UserError[] };

interface EditPayload {
  calculatedOrder: ShopifyCalculatedOrder | null;
  calculatedLineItem?: { id: string } | null;
  userErrors: UserError[];
}

/** `TData` is the staging mutation's generated type, whose one field (`field`) holds the payload. */
async function runEditStep<TData extends Record<keyof TData, EditPayload | null>>(
  admin: AdminClient,
  document: string,
  field: keyof TData & string,
  variables: Record<string, unknown>,
): Promise<EditStepResult> {
  const data = await runAdminOperation<TData>(admin, document, variables);
  const payload: EditPayload | null = data[field];
  if (!payload) throw new Error(`Expected ${field} to answer a payload`);
  if (payload.userErrors.length > 0) return { ok: false, userErrors: payload.userErrors };
  if (!payload.calculatedOrder) throw new Error(`Expected ${field} to answer a calculated order or userErrors`);
  return { ok: true, calculatedOrder: payload.calculatedOrder, lineId: payload.calculatedLineItem?.id ?? null };
}

export function beginOrderEdit(admin: AdminClient, orderGid: string) {
  return runEditStep<FrontdeskOrderEditBeginMutation>(admin, EDIT_BEGIN, "orderEditBegin", { id: orderGid });
}

export function setOrderEditQuantity(admin: AdminClient, calculatedOrderId: string, input: { lineItemId: string; quantity: number; restock: boolean }) {
  return runEditStep<FrontdeskOrderEditSetQuantityMutation>(admin, EDIT_SET_QUANTITY, "orderEditSetQuantity", { id: calculatedOrderId, ...input });
}

export function addOrderEditVariant(admin: AdminClient, calculatedOrderId: string, input: { variantId: string; quantity: number }) {
  return runEditStep<FrontdeskOrderEditAddVariantMutation>(admin, EDIT_ADD_VARIANT, "orderEditAddVariant", { id: calculatedOrderId, ...input });
}

export function addOrderEditCustomItem(
  admin: AdminClient,
  calculatedOrderId: string,
  input: { title: string; price: { amount: string; currencyCode: string }; quantity: number; taxable: boolean; requiresShipping: boolean },
) {
  return runEditStep<FrontdeskOrderEditAddCustomItemMutation>(admin, EDIT_ADD_CUSTOM_ITEM, "orderEditAddCustomItem", { id: calculatedOrderId, ...input });
}

export function addOrderEditLineItemDiscount(
  admin: AdminClient,
  calculatedOrderId: string,
  input: { lineItemId: string; discount: { description: string; fixedValue?: { amount: string; currencyCode: string }; percentValue?: number } },
) {
  return runEditStep<FrontdeskOrderEditAddLineItemDiscountMutation>(admin, EDIT_ADD_LINE_ITEM_DISCOUNT, "orderEditAddLineItemDiscount", { id: calculatedOrderId, ...input });
}

export function addOrderEditShippingLine(admin: AdminClient, calculatedOrderId: string, shippingLine: { title: string; price: { amount: string; currencyCode: string } }) {
  return runEditStep<FrontdeskOrderEditAddShippingLineMutation>(admin, EDIT_ADD_SHIPPING_LINE, "orderEditAddShippingLine", { id: calculatedOrderId, shippingLine });
}

export function updateOrderEditShippingLine(
  admin: AdminClient,
  calculatedOrderId: string,
  shippingLineId: string,
  shippingLine: { title?: string; price?: { amount: string; currencyCode: string } },
) {
  return runEditStep<FrontdeskOrderEditUpdateShippingLineMutation>(admin, EDIT_UPDATE_SHIPPING_LINE, "orderEditUpdateShippingLine", { id: calculatedOrderId, shippingLineId, shippingLine });
}

export function removeOrderEditShippingLine(admin: AdminClient, calculatedOrderId: string, shippingLineId: string) {
  return runEditStep<FrontdeskOrderEditRemoveShippingLineMutation>(admin, EDIT_REMOVE_SHIPPING_LINE, "orderEditRemoveShippingLine", { id: calculatedOrderId, shippingLineId });
}

export type CommitResult = { ok: true; outstanding: { amount: string; currencyCode: string }; paymentUrl: string | null } | { ok: false; userErrors: UserError[] };

/** Applies the staged changes to the order; answers what the customer owes now and the link to pay it. */
export async function commitOrderEdit(admin: AdminClient, calculatedOrderId: string, options: { notifyCustomer: boolean; staffNote: string }): Promise<CommitResult> {
  const data = await runAdminOperation<FrontdeskOrderEditCommitMutation>(admin, EDIT_COMMIT, { id: calculatedOrderId, ...options });
  const payload = data.orderEditCommit;
  if (!payload) throw new Error("Expected orderEditCommit to answer a payload");
  if (payload.userErrors.length > 0) return { ok: false, userErrors: payload.userErrors };
  if (!payload.order) throw new Error("Expected orderEditCommit to answer the order or userErrors");
  return { ok: true, outstanding: payload.order.totalOutstandingSet.presentmentMoney, paymentUrl: payload.order.paymentCollectionDetails.additionalPaymentCollectionUrl };
}

/** Emails the order's invoice (the checkout link for what is outstanding) to `to`. */
export async function sendOrderInvoiceEmail(admin: AdminClient, orderGid: string, email: { to: string; customMessage?: string }): Promise<{ ok: true } | { ok: false; userErrors: UserError[] }> {
  const data = await runAdminOperation<FrontdeskOrderInvoiceSendMutation>(admin, INVOICE_SEND, { id: orderGid, email });
  const payload = data.orderInvoiceSend;
  if (!payload) throw new Error("Expected orderInvoiceSend to answer a payload");
  if (payload.userErrors.length > 0) return { ok: false, userErrors: payload.userErrors };
  return { ok: true };
}
