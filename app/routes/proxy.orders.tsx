import type { LoaderFunctionArgs } from "@remix-run/node";
import { shopperOrdersHtml, signInHtml } from "~/channels/storefront/orders-page";
import { storefrontLocale, storefrontPage } from "~/channels/storefront/storefront-page";
import { createI18n } from "~/i18n";
import { listShopperOrders } from "~/models/order.server";
import { listOrderReturns } from "~/models/return.server";
import { getShop } from "~/models/shop.server";
import { authenticate } from "~/shopify.server";

// A shopper's orders on the storefront, through the app proxy: /apps/frontdesk/orders. Shopify
// signs the query, and with it `logged_in_customer_id` (empty when signed out); a bad or stale
// signature is refused (400) before anything here runs. Only that customer's orders are shown.

export const loader = async ({ request }: LoaderFunctionArgs) => {
  await authenticate.public.appProxy(request);
  const query = new URL(request.url).searchParams;
  const shop = query.get("shop")!;
  const locale = storefrontLocale(request);
  const title = createI18n(locale).t("storefront.orders.title");
  const customerId = query.get("logged_in_customer_id") ?? "";
  // Where Shopify mounted the proxy ("/apps/frontdesk"), to come back to after signing in.
  const prefix = /^(\/[\w-]+){1,3}$/.test(query.get("path_prefix") ?? "") ? query.get("path_prefix")! : "/apps/frontdesk";
  if (!/^\d{1,19}$/.test(customerId)) return storefrontPage(locale, title, signInHtml(locale, prefix));
  const [orders, record] = await Promise.all([listShopperOrders(shop, BigInt(customerId)), getShop(shop)]);
  const returns = await listOrderReturns(shop, orders.map((order) => order.id));
  return storefrontPage(locale, title, shopperOrdersHtml(orders, returns, locale, record?.timezone ?? "UTC"));
};
