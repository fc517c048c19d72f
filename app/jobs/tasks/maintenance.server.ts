import type { Task } from "graphile-worker";
import { purgeFilteredEmails } from "~/models/filtered-email.server";
import { wakeSnoozedTickets } from "~/services/tickets/change-tickets.server";
import { purgeRateLimitHits } from "~/channels/contact-form/submit-contact-form.server";
import { purgeTicketPresence } from "~/models/ticket-presence.server";
import { purgeWebhookDeliveries } from "~/models/webhook-delivery.server";
import { reconcileOrders } from "~/services/reconcile-orders.server";
import { FILTERED_EMAIL_RETENTION_DAYS } from "~/schemas/filtered-email";
import { unauthenticated } from "~/shopify.server";

/** Deliveries are kept 14 days: Shopify retries for 4 hours, and the Sync page looks back a day. */
export const DELIVERY_RETENTION_DAYS = 14;

export const purgeWebhookDeliveriesTask: Task = async () => {
  await purgeWebhookDeliveries(new Date(Date.now() - DELIVERY_RETENTION_DAYS * 86_400_000));
  await purgeRateLimitHits();
  await purgeTicketPresence();
  await purgeFilteredEmails(new Date(Date.now() - FILTERED_EMAIL_RETENTION_DAYS * 86_400_000));
};

/** Every 15 minutes: re-read orders whose mirror is older than their last webhook of the past day. */
export const reconcileOrdersTask: Task = async (_payload, helpers) => {
  const result = await reconcileOrders({
    since: new Date(Date.now() - 86_400_000),
    getAdmin: async (shop) => (await unauthenticated.admin(shop)).admin,
  });
  if (result.stale > 0) helpers.logger.info(`Reconciled ${result.refreshed} of ${result.stale} stale orders`);
};

/** Every minute: snoozed tickets whose time has come are open again. */
export const wakeSnoozedTicketsTask: Task = async (_payload, helpers) => {
  const woken = await wakeSnoozedTickets();
  if (woken > 0) helpers.logger.info(`Reopened ${woken} snoozed tickets`);
};
