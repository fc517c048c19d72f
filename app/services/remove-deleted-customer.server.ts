import { deleteCustomerMirror } from "~/models/customer.server";

/**
 * Applies a customers/delete: the customer leaves the mirror; their tickets and orders stay,
 * detached from the profile (as a redacted customer's tickets stay), each ticket with a
 * `customer_deleted` activity; a tombstone keeps a late customers/update from bringing the
 * profile back (see models/mirror-tombstone.server.ts). The activity names no personal data.
 * Applying it again changes nothing.
 */
export async function removeDeletedCustomer({
  shop,
  customerShopifyId,
  deletedAt,
  activity,
}: {
  shop: string;
  customerShopifyId: bigint;
  /** When Shopify deleted them: the delivery's X-Shopify-Triggered-At, or when it was received. */
  deletedAt: Date;
  /** The delivery that caused it: the activity's dedupe key and the data that names it. */
  activity: { dedupeKey: string; data: Record<string, string> };
}): Promise<{ removed: boolean; ticketIds: string[] }> {
  const deleted = await deleteCustomerMirror(shop, customerShopifyId, {
    deletedAt,
    activity: { kind: "customer_deleted", data: { ...activity.data, customerShopifyId: String(customerShopifyId) }, dedupeKey: activity.dedupeKey },
  });
  return deleted ? { removed: true, ticketIds: deleted.ticketIds } : { removed: false, ticketIds: [] };
}
