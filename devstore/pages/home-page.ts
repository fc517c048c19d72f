import type { DevstoreServices } from "../server.ts";
import { escapeHtml } from "./html.ts";

/** `GET /`: the devstore's shops, with their admin and storefront links. */
export function renderHomePage(services: DevstoreServices): string {
  const rows = [...services.state.shops.values()]
    .map(
      (shop) => `
      <li>
        <h2>${escapeHtml(shop.shop.name)}</h2>
        <p class="domain">${escapeHtml(shop.domain)} · ${escapeHtml(shop.shop.currencyCode)} · ${escapeHtml(shop.shop.ianaTimezone)}</p>
        <p>${shop.orders.length} orders · ${shop.customers.length} customers · ${shop.products.length} products</p>
        <p class="links">
          <a href="/admin/store/${escapeHtml(shop.handle)}/apps/frontdesk?locale=${escapeHtml(shop.locale)}">Admin: ${escapeHtml(services.config.name || "the app")}</a>
          <a href="/store/${escapeHtml(shop.handle)}">Storefront</a>
        </p>
      </li>`,
    )
    .join("");
  return `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Devstore</title>
  <style>
    body { font: 15px/1.5 system-ui, -apple-system, "Segoe UI", sans-serif; background: #f1f1f1; color: #303030; margin: 0; padding: 48px; }
    main { max-width: 760px; margin: 0 auto; }
    h1 { font-size: 24px; margin: 0 0 4px; }
    ul { list-style: none; padding: 0; display: grid; gap: 16px; }
    li { background: #fff; border-radius: 12px; padding: 20px 24px; box-shadow: 0 1px 0 rgba(0,0,0,.07), inset 0 -1px 0 rgba(0,0,0,.1); }
    h2 { margin: 0; font-size: 18px; }
    .domain { color: #616161; margin: 2px 0 8px; }
    .links { display: flex; gap: 12px; margin: 12px 0 0; }
    .links a { background: #303030; color: #fff; border-radius: 8px; padding: 6px 12px; text-decoration: none; }
    .links a + a { background: #fff; color: #303030; border: 1px solid #c9c9c9; }
  </style>
</head>
<body>
  <main>
    <h1>Devstore</h1>
    <p>A local stand-in for Shopify. The app runs at <code>${escapeHtml(services.appUrl)}</code>.</p>

    <ul>${rows}</ul>
  </main>
</body>
</html>`;
}
