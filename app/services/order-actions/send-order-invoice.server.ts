import { fetchOrderEditability, sendOrderInvoiceEmail } from "~/shopify/order-edits.server";
import { failure, fromUserErrors, notFound } from "./order-action-errors";
import { runOrderAction } from "./run-order-action.server";
import type { OrderActionResult, SendOrderInvoiceInput, SendOrderInvoiceValue } from "./types";

/** Emails the order's invoice (Shopify's link to pay what is outstanding) to the order's email address. */
export async function sendOrderInvoice(input: SendOrderInvoiceInput): Promise<OrderActionResult<SendOrderInvoiceValue>> {
  const { admin } = input;
  return runOrderAction<SendOrderInvoiceValue>(input, {
    kind: "order_invoice_sent",
    idempotencyKey: input.idempotencyKey,
    input: { message: input.message ?? null },
    perform: async (target) => {
      const order = await fetchOrderEditability(admin, target.orderGid);
      if (!order) return notFound();
      if (!order.email) return failure("INVALID", [`Order ${order.name} has no email address to send the invoice to.`]);
      const sent = await sendOrderInvoiceEmail(admin, target.orderGid, { to: order.email, ...(input.message ? { customMessage: input.message } : {}) });
      if (!sent.ok) return fromUserErrors(sent.userErrors);
      const outstanding = { ...order.totalOutstandingSet.presentmentMoney };
      return { ok: true, value: { to: order.email, outstanding }, activity: { to: order.email, message: input.message ?? null, outstanding } };
    },
  });
}
