import type { TFunction } from "i18next";
import { createI18n, type Locale } from "~/i18n";
import type { ShopperOrder } from "~/models/order.server";
import type { StoredReturn } from "~/models/return.server";
import type { MirrorFulfillment, MirrorLineItem } from "~/order-view";
import { escapeHtml } from "./storefront-page";

// The storefront's "your orders" page (/apps/frontdesk/orders): a signed-in shopper's orders,
// where each one is and how to follow its parcels. Anyone else is asked to sign in first.

type Status = "cancelled" | "fulfilled" | "partial" | "unfulfilled";

function statusOf(order: ShopperOrder): Status {
  if (order.cancelledAt) return "cancelled";
  if (order.fulfillmentStatus === "FULFILLED") return "fulfilled";
  if (order.fulfillmentStatus === "PARTIALLY_FULFILLED") return "partial";
  return "unfulfilled";
}

/** A link only to a web address: a tracking URL comes from the carrier, through Shopify. */
const isWebUrl = (url: string | null): url is string => Boolean(url && /^https?:\/\//i.test(url));

/** The order's returns, and the way to start one once something has shipped. */
function returnsHtml(order: ShopperOrder, returns: StoredReturn[], locale: Locale, t: TFunction): string {
  const own = returns.filter((returned) => returned.orderId === order.id);
  const list = own.length
    ? `<ul class="returns" aria-label="${escapeHtml(t("storefront.orders.returns"))}">${own
        .map((returned) => `<li>${escapeHtml(t("storefront.orders.returnStatus", { name: returned.name ?? "", status: t(`storefront.returns.status.${returned.status}`) }))}</li>`)
        .join("")}</ul>`
    : "";
  const status = statusOf(order);
  const canStart = status === "fulfilled" || status === "partial";
  // Relative to /apps/frontdesk/orders, so it stays on the shopper's domain.
  const link = canStart ? `<a class="button secondary" href="orders/${encodeURIComponent(order.id)}/return?locale=${locale}">${escapeHtml(t("storefront.orders.returnItems"))}</a>` : "";
  return list + link;
}

function orderHtml(order: ShopperOrder, returns: StoredReturn[], locale: Locale, t: TFunction, date: Intl.DateTimeFormat): string {
  const placed = date.format(order.shopifyCreatedAt);
  const total = new Intl.NumberFormat(locale, { style: "currency", currency: order.currencyCode }).format(Number(order.total));
  const lines = (order.lineItems as unknown as MirrorLineItem[])
    .filter((line) => (line.currentQuantity ?? line.quantity) > 0)
    .map((line) => `<li>${escapeHtml(line.title)}${line.variantTitle ? ` · ${escapeHtml(line.variantTitle)}` : ""} × ${line.currentQuantity ?? line.quantity}</li>`)
    .join("");
  const shipments = (order.fulfillments as unknown as MirrorFulfillment[])
    .filter((fulfillment) => fulfillment.status !== "CANCELLED")
    .map((fulfillment) => {
      const shipped = date.format(new Date(fulfillment.createdAt));
      const parcels = fulfillment.tracking.length
        ? fulfillment.tracking
            .map((parcel) => {
              const label = [parcel.company, parcel.number].filter(Boolean).join(" ");
              return isWebUrl(parcel.url)
                ? `<a href="${escapeHtml(parcel.url)}" rel="noopener noreferrer" target="_blank">${escapeHtml(t("storefront.orders.track", { parcel: label || t("storefront.orders.parcel") }))}</a>`
                : escapeHtml(label || t("storefront.orders.noTracking"));
            })
            .join(" · ")
        : escapeHtml(t("storefront.orders.noTracking"));
      return `<li>${escapeHtml(t("storefront.orders.shipped", { date: shipped }))}: ${parcels}</li>`;
    })
    .join("");
  return `<li class="order">
  <header><h2>${escapeHtml(order.name)}</h2><span class="status">${escapeHtml(t(`storefront.orders.status.${statusOf(order)}`))}</span></header>
  <p class="hint">${escapeHtml(t("storefront.orders.placed", { date: placed, total }))}</p>
  <ul class="lines" aria-label="${escapeHtml(t("storefront.orders.items"))}">${lines}</ul>
  ${shipments ? `<ul class="shipments" aria-label="${escapeHtml(t("storefront.orders.shipments"))}">${shipments}</ul>` : ""}
  ${returnsHtml(order, returns, locale, t)}
</li>`;
}

/** The page's body: the orders, or that there are none yet. */
export function shopperOrdersHtml(orders: ShopperOrder[], returns: StoredReturn[], locale: Locale, timeZone: string): string {
  const { t } = createI18n(locale);
  const date = new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeZone });
  return `<h1>${escapeHtml(t("storefront.orders.title"))}</h1>
${orders.length ? `<ol aria-label="${escapeHtml(t("storefront.orders.title"))}">${orders.map((order) => orderHtml(order, returns, locale, t, date)).join("")}</ol>` : `<p>${escapeHtml(t("storefront.orders.none"))}</p>`}`;
}

/**
 * For a shopper who is not signed in: no order is shown to anyone Shopify has not signed in as
 * its customer. The storefront's sign-in, which brings them back here (`return_url`). Relative to
 * the proxied page, so it stays on whichever domain the shopper is on.
 * Guess: Shopify's `/account/login` takes `return_url` for new customer accounts as for classic
 * ones; its docs name the redirect (`CustomerAccountsVersion`), not the parameter.
 */
export function signInHtml(locale: Locale, pathPrefix: string): string {
  const { t } = createI18n(locale);
  // Back in the language the shopper reads now.
  const back = `${pathPrefix}/orders?locale=${locale}`;
  const depth = pathPrefix.split("/").filter(Boolean).length;
  const login = `${"../".repeat(depth)}account/login?return_url=${encodeURIComponent(back)}`;
  return `<h1>${escapeHtml(t("storefront.orders.title"))}</h1>
<p>${escapeHtml(t("storefront.orders.signInFirst"))}</p>
<a class="button" href="${escapeHtml(login)}">${escapeHtml(t("storefront.orders.signIn"))}</a>`;
}
