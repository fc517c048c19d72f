import { findOrderActionByJobId, getOrderMirrorShopifyId, updateOrderActionResult } from "~/models/order-action.server";
import type { AdminClient } from "~/shopify/admin-client.server";
import { toGid } from "~/shopify/gid";
import { fetchJob } from "~/shopify/order-cancel.server";
import { refreshOrderMirror } from "../refresh-order-mirror.server";
import { fromAdminError, notFound } from "./order-action-errors";
import type { CancelTicketOrderValue, OrderActionResult } from "./types";

/**
 * Whether a cancellation started from a ticket of this shop has finished in Shopify; once it has,
 * the order mirror is refreshed so the ticket shows the order cancelled (and refunded).
 */
export async function getOrderCancelProgress({ admin, shop, jobId }: { admin: AdminClient; shop: string; jobId: string }): Promise<OrderActionResult<CancelTicketOrderValue>> {
  const action = await findOrderActionByJobId(shop, jobId);
  if (!action) return notFound();
  try {
    const job = await fetchJob(admin, jobId);
    if (!job) return notFound();
    if (job.done) {
      // The cancel pressed again answers done from now on.
      await updateOrderActionResult(shop, action.id, { ok: true, value: { jobId, done: true } });
      const shopifyId = await getOrderMirrorShopifyId(shop, action.orderId);
      if (shopifyId !== null) await refreshOrderMirror({ shop, admin, orderGid: toGid("Order", shopifyId) });
    }
    return { ok: true, value: { jobId, done: job.done } };
  } catch (error) {
    const denied = fromAdminError(error);
    if (denied) return denied;
    throw error;
  }
}
