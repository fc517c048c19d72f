import type { DevstoreServices } from "../server.ts";
import type { Customer, MailingAddress, MoneyBag, Order } from "../objects.ts";
import type { ShopState } from "../state.ts";
import { ADMIN_LOCALES, CHROME_TEXT } from "./admin-page.ts";
import { escapeHtml, formatMoney } from "./html.ts";

const TEXT: Record<string, Record<string, string>> = {
  en: {
    items: "Items", summary: "Summary", subtotal: "Subtotal", shipping: "Shipping", taxes: "Taxes", total: "Total", refunded: "Refunded",
    customer: "Customer", noCustomer: "No customer", contact: "Contact information", shippingAddress: "Shipping address", noAddress: "No address",
    notes: "Notes", noNotes: "No notes", tags: "Tags", fulfillments: "Fulfillments", noFulfillments: "Not fulfilled yet",
    orders: "Orders", noOrders: "No orders yet", amountSpent: "Amount spent", ordersCount: "Orders", language: "Language", notFound: "This page does not exist in the devstore's admin.",
  },
  ja: {
    items: "商品", summary: "概要", subtotal: "小計", shipping: "配送", taxes: "税", total: "合計", refunded: "返金済み",
    customer: "顧客", noCustomer: "顧客なし", contact: "連絡先情報", shippingAddress: "配送先住所", noAddress: "住所なし",
    notes: "メモ", noNotes: "メモなし", tags: "タグ", fulfillments: "フルフィルメント", noFulfillments: "未発送",
    orders: "注文", noOrders: "注文はまだありません", amountSpent: "購入金額", ordersCount: "注文数", language: "言語", notFound: "このページは devstore の管理画面にありません。",
  },
  th: {
    items: "สินค้า", summary: "สรุป", subtotal: "ยอดรวมย่อย", shipping: "การจัดส่ง", taxes: "ภาษี", total: "ยอดรวม", refunded: "คืนเงินแล้ว",
    customer: "ลูกค้า", noCustomer: "ไม่มีลูกค้า", contact: "ข้อมูลติดต่อ", shippingAddress: "ที่อยู่จัดส่ง", noAddress: "ไม่มีที่อยู่",
    notes: "หมายเหตุ", noNotes: "ไม่มีหมายเหตุ", tags: "แท็ก", fulfillments: "การจัดการคำสั่งซื้อ", noFulfillments: "ยังไม่ได้จัดส่ง",
    orders: "คำสั่งซื้อ", noOrders: "ยังไม่มีคำสั่งซื้อ", amountSpent: "ยอดใช้จ่าย", ordersCount: "คำสั่งซื้อ", language: "ภาษา", notFound: "ไม่มีหน้านี้ในแอดมินของ devstore",
  },
};

/** Shopify's enum values as its admin shows them: "PARTIALLY_REFUNDED" reads "Partially refunded". */
function humanize(value: string): string {
  const words = value.toLowerCase().replace(/_/g, " ");
  return words.charAt(0).toUpperCase() + words.slice(1);
}

type Context = { shop: ShopState; locale: string; userId: string; text: Record<string, string>; chrome: Record<string, string> };

function adminHref(context: Context, path: string): string {
  return `/admin/store/${context.shop.handle}${path}?locale=${context.locale}&user=${context.userId}`;
}

function money(context: Context, bag: MoneyBag): string {
  return formatMoney(bag.shopMoney.amount, bag.shopMoney.currencyCode, context.locale);
}

function dateTime(context: Context, iso: string): string {
  return new Intl.DateTimeFormat(context.locale, { dateStyle: "medium", timeStyle: "short", timeZone: context.shop.shop.ianaTimezone }).format(new Date(iso));
}

function address(context: Context, value: MailingAddress | null): string {
  if (!value) return `<p class="subdued">${escapeHtml(context.text.noAddress)}</p>`;
  return value.formatted.map((line) => `<p>${escapeHtml(line)}</p>`).join("");
}

function tags(values: string[]): string {
  return values.length ? `<p class="tags">${values.map((tag) => `<span class="badge">${escapeHtml(tag)}</span>`).join("")}</p>` : "";
}

function card(heading: string, body: string): string {
  return `<section class="card" aria-label="${escapeHtml(heading)}"><h2>${escapeHtml(heading)}</h2>${body}</section>`;
}

function orderBody(context: Context, order: Order): { title: string; section: string; body: string } {
  const { text } = context;
  const items = order.lineItems
    .map(
      (item) => `<li><span><strong>${escapeHtml(item.title)}</strong>${item.variantTitle ? `<br><span class="subdued">${escapeHtml(item.variantTitle)}</span>` : ""}</span><span>${item.currentQuantity} × ${money(context, item.discountedUnitPriceSet)}</span></li>`,
    )
    .join("");
  const row = (label: string, bag: MoneyBag, strong = false) => `<li${strong ? ' class="strong"' : ""}><span>${escapeHtml(label)}</span><span>${money(context, bag)}</span></li>`;
  const summary = [
    row(text.subtotal!, order.currentSubtotalPriceSet),
    row(text.shipping!, order.currentShippingPriceSet),
    row(text.taxes!, order.currentTotalTaxSet),
    row(text.total!, order.currentTotalPriceSet, true),
    Number(order.totalRefundedSet.shopMoney.amount) > 0 ? row(text.refunded!, order.totalRefundedSet) : "",
  ].join("");
  const fulfillments = order.fulfillments.length
    ? order.fulfillments
        .map((fulfillment) => `<p>${escapeHtml(humanize(fulfillment.status))} · ${escapeHtml(dateTime(context, fulfillment.createdAt))}${fulfillment.trackingInfo.map((tracking) => ` · ${escapeHtml([tracking.company, tracking.number].filter(Boolean).join(" "))}`).join("")}</p>`)
        .join("")
    : `<p class="subdued">${escapeHtml(text.noFulfillments)}</p>`;
  const customer = order.customer
    ? `<p><a href="${escapeHtml(adminHref(context, `/customers/${order.customer.legacyResourceId}`))}">${escapeHtml(order.customer.displayName)}</a></p><p class="subdued">${escapeHtml(order.customer.email ?? "")}</p>`
    : `<p class="subdued">${escapeHtml(text.noCustomer)}</p>`;
  const badges = [order.cancelledAt ? "CANCELLED" : null, order.displayFinancialStatus, order.displayFulfillmentStatus].filter((value): value is string => Boolean(value));
  return {
    title: order.name,
    section: context.chrome.orders!,
    body: `
      <div class="heading"><h1>${escapeHtml(order.name)}</h1>${badges.map((badge) => `<span class="badge">${escapeHtml(humanize(badge))}</span>`).join("")}</div>
      <p class="subdued">${escapeHtml(dateTime(context, order.createdAt))}</p>
      <div class="columns">
        <div>${card(text.items!, `<ul class="rows">${items}</ul>`)}${card(text.summary!, `<ul class="rows">${summary}</ul>`)}${card(text.fulfillments!, fulfillments)}</div>
        <div>${card(text.customer!, customer)}${card(text.shippingAddress!, address(context, order.shippingAddress))}${card(text.notes!, order.note ? `<p>${escapeHtml(order.note)}</p>` : `<p class="subdued">${escapeHtml(text.noNotes)}</p>`)}${order.tags.length ? card(text.tags!, tags(order.tags)) : ""}</div>
      </div>`,
  };
}

function customerBody(context: Context, customer: Customer, orders: Order[]): { title: string; section: string; body: string } {
  const { text } = context;
  const list = orders.length
    ? `<ul class="rows">${orders
        .map((order) => `<li><span><a href="${escapeHtml(adminHref(context, `/orders/${order.legacyResourceId}`))}">${escapeHtml(order.name)}</a> <span class="subdued">${escapeHtml(dateTime(context, order.createdAt))}</span></span><span>${money(context, order.currentTotalPriceSet)}</span></li>`)
        .join("")}</ul>`
    : `<p class="subdued">${escapeHtml(text.noOrders)}</p>`;
  const figures = `<ul class="rows"><li><span>${escapeHtml(text.amountSpent)}</span><span>${escapeHtml(formatMoney(customer.amountSpent.amount, customer.amountSpent.currencyCode, context.locale))}</span></li><li><span>${escapeHtml(text.ordersCount)}</span><span>${escapeHtml(customer.numberOfOrders)}</span></li><li><span>${escapeHtml(text.language)}</span><span>${escapeHtml(customer.locale)}</span></li></ul>`;
  const contact = [customer.email, customer.phone].filter(Boolean).map((line) => `<p>${escapeHtml(line)}</p>`).join("");
  return {
    title: customer.displayName,
    section: context.chrome.customers!,
    body: `
      <div class="heading"><h1>${escapeHtml(customer.displayName)}</h1></div>
      <div class="columns">
        <div>${card(text.summary!, figures)}${card(text.orders!, list)}</div>
        <div>${card(text.contact!, contact)}${card(text.shippingAddress!, address(context, customer.defaultAddress))}${card(text.notes!, customer.note ? `<p>${escapeHtml(customer.note)}</p>` : `<p class="subdued">${escapeHtml(text.noNotes)}</p>`)}${customer.tags.length ? card(text.tags!, tags(customer.tags)) : ""}</div>
      </div>`,
  };
}

/**
 * `GET /admin/store/:handle/orders/:id` and `…/customers/:id`: Shopify admin's own page of an order
 * or a customer, reduced to what the devstore knows of it, so an app's `shopify://admin/orders/…`
 * link (see app-bridge-script.ts) lands somewhere real. Null when the shop has no such record.
 */
export function renderAdminResourcePage(services: DevstoreServices, shop: ShopState, options: { resource: "orders" | "customers"; id: string; locale?: string; userId?: string }): string | null {
  const owner = shop.staff.find((member) => member.isShopOwner) ?? shop.staff[0]!;
  const staff = shop.staff.find((member) => member.id.endsWith(`/${options.userId}`)) ?? owner;
  const locale = (ADMIN_LOCALES as readonly string[]).includes(options.locale ?? "") ? options.locale! : (ADMIN_LOCALES as readonly string[]).includes(staff.locale) ? staff.locale : "en";
  const context: Context = { shop, locale, userId: staff.id.replace(/^.*\//, ""), text: TEXT[locale]!, chrome: CHROME_TEXT[locale]! };
  let page: { title: string; section: string; body: string } | null = null;
  if (options.resource === "orders") {
    const order = shop.orders.find((candidate) => candidate.legacyResourceId === options.id);
    if (order) page = orderBody(context, order);
  } else {
    const customer = shop.customers.find((candidate) => candidate.legacyResourceId === options.id);
    if (customer) page = customerBody(context, customer, shop.orders.filter((order) => order.customer?.id === customer.id).sort((a, b) => b.createdAt.localeCompare(a.createdAt)));
  }
  if (!page) return null;
  const appName = services.config.name || "App";
  const chrome = context.chrome;
  const navItem = (label: string, current: boolean) => `<span${current ? ' aria-current="page" class="current"' : ""}>${escapeHtml(label)}</span>`;
  return `<!doctype html>
<html lang="${locale}">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>${escapeHtml(page.title)} · ${escapeHtml(page.section)} · ${escapeHtml(shop.shop.name)} · Shopify</title>
  <style>
    * { box-sizing: border-box; }
    html, body { height: 100%; margin: 0; }
    body { font: 13px/1.4 -apple-system, BlinkMacSystemFont, "San Francisco", "Segoe UI", Roboto, "Noto Sans JP", "Noto Sans Thai", sans-serif; background: #1a1a1a; color: #303030; display: grid; grid-template-rows: 56px 1fr; }
    header { display: flex; align-items: center; gap: 16px; padding: 0 16px; color: #fff; font-weight: 650; font-size: 15px; }
    header span.shop { margin-left: auto; font-size: 13px; font-weight: 550; color: #e3e3e3; }
    .frame { display: grid; grid-template-columns: 240px 1fr; background: #f1f1f1; border-radius: 12px 12px 0 0; overflow: hidden; min-height: 0; }
    nav { padding: 12px 8px; background: #ebebeb; border-right: 1px solid #e3e3e3; display: grid; align-content: start; gap: 2px; }
    nav a, nav span { padding: 6px 8px; border-radius: 8px; color: #303030; text-decoration: none; font-weight: 550; }
    nav .current { background: #fff; font-weight: 650; }
    nav .section { margin-top: 16px; color: #616161; font-size: 12px; font-weight: 600; }
    main { overflow: auto; padding: 20px 32px; }
    .breadcrumb { color: #616161; font-weight: 550; margin: 0 0 4px; }
    .heading { display: flex; align-items: center; gap: 8px; }
    h1 { font-size: 20px; margin: 0; }
    .badge { display: inline-block; background: #e3e3e3; border-radius: 8px; padding: 2px 8px; font-size: 12px; font-weight: 550; margin-right: 4px; }
    .columns { display: grid; grid-template-columns: 2fr 1fr; gap: 16px; margin-top: 16px; align-items: start; }
    .columns > div { display: grid; gap: 16px; }
    .card { background: #fff; border-radius: 12px; padding: 16px; box-shadow: 0 1px 0 rgba(0,0,0,.07), inset 0 -1px 0 rgba(0,0,0,.1); }
    .card h2 { font-size: 14px; margin: 0 0 8px; }
    .card p { margin: 2px 0; }
    .rows { list-style: none; margin: 0; padding: 0; display: grid; gap: 6px; }
    .rows li { display: flex; justify-content: space-between; gap: 12px; }
    .rows li.strong { font-weight: 650; }
    .subdued { color: #616161; }
    a { color: #005bd3; }
  </style>
</head>
<body>
  <header>shopify<span class="shop">${escapeHtml(shop.shop.name)}</span></header>
  <div class="frame">
    <nav aria-label="Admin">
      ${navItem(chrome.home!, false)}${navItem(chrome.orders!, options.resource === "orders")}${navItem(chrome.products!, false)}${navItem(chrome.customers!, options.resource === "customers")}${navItem(chrome.analytics!, false)}
      <span class="section">${escapeHtml(chrome.apps)}</span>
      <a href="/admin/store/${escapeHtml(shop.handle)}/apps/frontdesk?locale=${locale}&user=${context.userId}">${escapeHtml(appName)}</a>
    </nav>
    <main>
      <p class="breadcrumb">${escapeHtml(page.section)}</p>
      ${page.body}
    </main>
  </div>
</body>
</html>`;
}
