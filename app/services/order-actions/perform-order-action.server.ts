import type { OrderChange, OrderPreview } from "~/schemas/order-actions";
import { cancelTicketOrder } from "./cancel-ticket-order.server";
import { changeOrderAddress } from "./change-order-address.server";
import { editTicketOrder } from "./edit-ticket-order.server";
import { getOrderCancelProgress } from "./get-order-cancel-progress.server";
import { refundTicketOrder } from "./refund-ticket-order.server";
import { sendOrderInvoice } from "./send-order-invoice.server";
import { suggestTicketRefund } from "./suggest-ticket-refund.server";
import type { OrderActionContext, OrderActionResult } from "./types";

/**
 * Carries out one order change through its service. Each service checks that the ticket and
 * the order belong to the shop and to each other, and runs once per idempotency key. Callers go
 * through the ticket action vocabulary (`runTicketActions`), not here.
 */
export async function performOrderChange(context: OrderActionContext, change: OrderChange): Promise<OrderActionResult<unknown>> {
  switch (change.intent) {
    case "editCommit": {
      const { changes, intent: _, ...commit } = change;
      return editTicketOrder({ ...context, changes, commit });
    }
    case "sendInvoice":
      return sendOrderInvoice({ ...context, idempotencyKey: change.idempotencyKey });
    case "refund": {
      const { intent: _, ...refund } = change;
      return refundTicketOrder({ ...context, ...refund });
    }
    case "address":
      // The service validates the address and answers field by field.
      return changeOrderAddress({ ...context, address: change.address as never, idempotencyKey: change.idempotencyKey });
    case "cancel":
      return cancelTicketOrder({ ...context, ...change });
  }
}

/** Answers one of the order panels' reads: an edit's preview, a refund's suggestion, a cancel's progress. */
export async function previewOrderAction(context: OrderActionContext, preview: OrderPreview): Promise<OrderActionResult<unknown>> {
  switch (preview.intent) {
    case "editPreview":
      return editTicketOrder({ ...context, changes: preview.changes });
    case "refundSuggest":
      return suggestTicketRefund({ ...context, lines: preview.lines, shipping: preview.shipping, amount: preview.amount });
    case "cancelProgress":
      return getOrderCancelProgress({ admin: context.admin, shop: context.shop, jobId: preview.jobId });
  }
}
