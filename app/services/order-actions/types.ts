import type { AdminClient } from "~/shopify/admin-client.server";
import type { MailingAddressInput } from "~/shopify/order-address.server";

// The contract of the order actions an agent (or, later, a macro) takes from a ticket: plain
// typed inputs, explicit results. Amounts are decimal strings in the order's presentment
// currency, as Shopify serialises `Decimal`; ids of Shopify objects are GIDs.

/** Who acts, on which ticket, on which order of the mirror (`Order.id`, a uuid). */
export interface OrderActionContext {
  admin: AdminClient;
  shop: string;
  ticketId: string;
  orderId: string;
  staff: { id: bigint; name: string | null };
}

export type OrderActionErrorCode =
  /** No such ticket or order in this shop, or the order is not the ticket's customer's. */
  | "NOT_FOUND"
  /** Shopify refused: `errors` are its userErrors, verbatim. */
  | "USER_ERRORS"
  /** The app lacks a scope or the staff member a permission; `errors` say which, in plain words. */
  | "ACCESS_DENIED"
  /** The same action (same idempotency key) is still running. */
  | "IN_PROGRESS"
  /**
   * Refused before Shopify was asked: the input is invalid (`fieldErrors` by field) or the order's
   * state does not allow the action (not editable, fulfilled, cancelled); `errors` say why in plain words.
   */
  | "INVALID"
  /**
   * Shopify did not answer (an outage, throttled past our retries): whether the change happened
   * is unknown, so the same key is not tried again; the agent checks the order first.
   */
  | "UNAVAILABLE"
  /** The order changed since the agent's view of it (another agent, a webhook): show it again, then confirm. */
  | "STALE";

export type OrderActionResult<T> =
  | { ok: true; value: T }
  | { ok: false; code: OrderActionErrorCode; errors: string[]; fieldErrors?: Record<string, string[]> };

export interface Money {
  amount: string;
  currencyCode: string;
}

// ── Edit ────────────────────────────────────────────────────────────────────────────────────

/** A line added earlier in the same edit, by its position among the `addVariant`/`addCustomItem` changes. */
export type EditLineRef = { lineItemId: string } | { addedIndex: number };

export type OrderEditChange =
  | { kind: "setQuantity"; lineItemId: string; quantity: number; restock: boolean }
  | { kind: "addVariant"; variantId: string; quantity: number }
  /** A size or colour swap: the line's quantity goes to 0 (restocked or not) and the variant is added. */
  | { kind: "swapVariant"; lineItemId: string; variantId: string; restock: boolean }
  | { kind: "addDiscount"; line: EditLineRef; discount: { fixed: string } | { percent: number }; reason: string }
  | { kind: "addCustomItem"; title: string; price: string; quantity: number; taxable: boolean; requiresShipping: boolean }
  | { kind: "addShippingLine"; title: string; price: string }
  | { kind: "updateShippingLine"; shippingLineId: string; title?: string; price?: string }
  | { kind: "removeShippingLine"; shippingLineId: string };

export interface OrderEditLine {
  /** The calculated line's id (for the UI only) and the order's line item GID when it existed before. */
  id: string;
  lineItemId: string | null;
  variantId: string | null;
  title: string;
  variantTitle: string | null;
  sku: string | null;
  quantity: number;
  /** How many can still change (the unfulfilled part); 0 means the line is locked. */
  editableQuantity: number;
  /** Why the line cannot change, in plain words (e.g. "Fulfilled"), or null. */
  lockedReason: string | null;
  unitPrice: Money;
  subtotal: Money;
  isAdded: boolean;
  isRemoved: boolean;
}

export interface OrderEditPreview {
  calculatedOrderId: string;
  lines: OrderEditLine[];
  shippingLines: Array<{ id: string; title: string; price: Money; status: "NONE" | "ADDED" | "REMOVED" }>;
  originalTotal: Money;
  subtotal: Money;
  tax: Money;
  shipping: Money;
  total: Money;
  /** What the customer owes after the edit (> 0), or is owed (< 0). */
  balance: Money;
}

export interface EditTicketOrderInput extends OrderActionContext {
  changes: OrderEditChange[];
  /** Without it, the edit is calculated and shown but not saved. */
  commit?: { notifyCustomer: boolean; staffNote: string; idempotencyKey: string; seenOrderUpdatedAt?: string };
}

export interface EditTicketOrderValue {
  preview: OrderEditPreview;
  committed: boolean;
  /** Set after a commit that leaves the customer owing: the link to pay the difference. */
  paymentUrl: string | null;
}

export interface SendOrderInvoiceInput extends OrderActionContext {
  idempotencyKey: string;
  message?: string;
}

export interface SendOrderInvoiceValue {
  /** The order's email address the invoice went to. */
  to: string;
  outstanding: Money;
}

// ── Address ─────────────────────────────────────────────────────────────────────────────────

/** A shipping address as Shopify's MailingAddressInput takes it (the state or prefecture as a code). */
export type ShippingAddressInput = MailingAddressInput;

export interface ChangeOrderAddressInput extends OrderActionContext {
  address: ShippingAddressInput;
  idempotencyKey: string;
}

export interface ChangeOrderAddressValue {
  /** As Shopify had it before, and as it has it now (MailingAddress fields). */
  previousAddress: Record<string, string | null> | null;
  shippingAddress: Record<string, string | null> | null;
}

// ── Refund ──────────────────────────────────────────────────────────────────────────────────

export type RestockType = "NO_RESTOCK" | "RETURN" | "CANCEL";

export interface RefundPlanInput extends OrderActionContext {
  /** `locationId`: where restocked units go (Shopify's default location when absent). */
  lines: Array<{ lineItemId: string; quantity: number; restockType: RestockType; locationId?: string }>;
  /** Refund all of the shipping, a part of it, or none. */
  shipping: { full: true } | { amount: string } | null;
  /**
   * Money alone, in the order's presentment currency, with no items and no shipping: the
   * difference owed back after an edit lowered the total. Spread over the payments in order.
   */
  amount?: string;
}

export interface RefundSuggestion {
  currencyCode: string;
  subtotal: Money;
  tax: Money;
  shipping: Money;
  total: Money;
  maximumRefundable: Money;
  /** The payments the money goes back to. */
  transactions: Array<{ gateway: string; amount: Money; maximumRefundable: Money; parentId: string; kind: string }>;
  /** Whether the shop can refund to store credit. */
  storeCreditAllowed: boolean;
}

export interface RefundTicketOrderInput extends RefundPlanInput {
  note: string;
  notifyCustomer: boolean;
  /** Refund to the customer's store credit instead of the original payment. */
  toStoreCredit: boolean;
  /**
   * The order's last update as the agent saw it when confirming (`OrderView.updatedAt`). When the
   * order has changed since, the refund is refused: the agent looks again. It is also part of the
   * derived key, so two agents confirming the same refund on the same view make one refund.
   */
  seenOrderUpdatedAt?: string;
  /**
   * Optional: when absent, the key is derived from the order, its refunds so far and the input,
   * so two agents pressing the same refund at once make one refund.
   */
  idempotencyKey?: string;
}

export interface RefundTicketOrderValue {
  refundId: string;
  total: Money;
}

// ── Cancel ──────────────────────────────────────────────────────────────────────────────────

export type CancelReason = "CUSTOMER" | "DECLINED" | "FRAUD" | "INVENTORY" | "STAFF" | "OTHER";

export interface CancelTicketOrderInput extends OrderActionContext {
  /** Optional: an order is cancelled once, so the key defaults to one per order. */
  idempotencyKey?: string;
  reason: CancelReason;
  restock: boolean;
  refund: "ORIGINAL" | "STORE_CREDIT" | "NONE";
  notifyCustomer: boolean;
  staffNote: string;
}

export interface CancelTicketOrderValue {
  jobId: string;
  done: boolean;
}
