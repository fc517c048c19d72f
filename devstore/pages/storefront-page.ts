import type { Product } from "../objects.ts";
import type { DevstoreServices } from "../server.ts";
import type { ShopState } from "../state.ts";
import { escapeHtml, formatMoney } from "./html.ts";

const STOREFRONT_TEXT: Record<string, Record<string, string>> = {
  en: { all: "All products", from: "From", soldOut: "Sold out", add: "Add to cart", help: "Help & returns", orders: "Your orders", back: "Back to the shop", inStock: "In stock", signIn: "Sign in", signInAs: "Sign in as", signInIntro: "The devstore's stand-in for the shop's customer account sign-in: choose who you are." },
  ja: { all: "すべての商品", from: "", soldOut: "売り切れ", add: "カートに追加", help: "お問い合わせ・返品", orders: "ご注文履歴", back: "ショップに戻る", inStock: "在庫あり", signIn: "ログイン", signInAs: "ログイン：", signInIntro: "devstoreのお客様アカウントのログインの代わりです。お客様を選んでください。" },
};

function picture(product: Product, size: number): string {
  const hue = product.imageHue;
  return `<svg viewBox="0 0 100 100" width="${size}" height="${size}" role="img" aria-label="${escapeHtml(product.title)}">
    <rect width="100" height="100" fill="hsl(${hue} 35% 88%)"/>
    <circle cx="50" cy="46" r="26" fill="hsl(${hue} 40% 62%)"/>
    <rect x="22" y="76" width="56" height="6" rx="3" fill="hsl(${hue} 30% 72%)"/>
  </svg>`;
}

function layout(services: DevstoreServices, shop: ShopState, title: string, body: string): string {
  const text = STOREFRONT_TEXT[shop.locale] ?? STOREFRONT_TEXT.en!;
  const proxy = services.config.appProxy;
  // The app proxy's contact page, in the shop's language (a theme would pass request.locale).
  const proxyLink = (path: string, label: string) =>
    proxy ? `<a href="/store/${escapeHtml(shop.handle)}/${escapeHtml(proxy.prefix)}/${escapeHtml(proxy.subpath)}/${path}?locale=${escapeHtml(shop.locale)}">${escapeHtml(label)}</a>` : "";
  const helpLink = proxyLink("contact", text.help!) + proxyLink("orders", text.orders!);
  return `<!doctype html>
<html lang="${escapeHtml(shop.locale)}">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>${escapeHtml(title)}</title>
  <style>
    :root { --ink: #1f2a1f; --muted: #5f6b5f; --line: #e4e2dc; --bg: #faf8f4; }
    * { box-sizing: border-box; }
    body { margin: 0; font: 16px/1.6 "Helvetica Neue", Arial, "Hiragino Sans", "Noto Sans JP", sans-serif; color: var(--ink); background: var(--bg); }
    header { display: flex; align-items: center; justify-content: space-between; padding: 20px 40px; border-bottom: 1px solid var(--line); background: #fff; }
    header a { color: inherit; text-decoration: none; }
    .brand { font-size: 22px; font-weight: 700; letter-spacing: .02em; }
    nav { display: flex; gap: 24px; font-size: 15px; }
    main { max-width: 1120px; margin: 0 auto; padding: 40px; }
    h1 { font-size: 28px; font-weight: 600; margin: 0 0 24px; }
    .grid { display: grid; grid-template-columns: repeat(auto-fill, minmax(230px, 1fr)); gap: 28px; list-style: none; padding: 0; margin: 0; }
    .card a { color: inherit; text-decoration: none; display: grid; gap: 8px; }
    .card svg { width: 100%; height: auto; border-radius: 6px; }
    .card .title { font-weight: 600; }
    .price { color: var(--muted); }
    .compare { text-decoration: line-through; margin-left: 6px; font-size: 14px; }
    .badge { display: inline-block; font-size: 12px; padding: 1px 8px; border-radius: 999px; background: #eee; color: var(--muted); }
    .product { display: grid; grid-template-columns: 1fr 1fr; gap: 48px; align-items: start; }
    .product svg { width: 100%; height: auto; border-radius: 8px; }
    label { display: block; font-size: 14px; color: var(--muted); margin: 16px 0 6px; }
    select { width: 100%; padding: 10px; border: 1px solid var(--line); border-radius: 6px; font: inherit; background: #fff; }
    button { margin-top: 20px; width: 100%; padding: 14px; border: 0; border-radius: 6px; background: var(--ink); color: #fff; font: inherit; font-weight: 600; cursor: pointer; }
    footer { border-top: 1px solid var(--line); padding: 24px 40px; color: var(--muted); font-size: 14px; display: flex; justify-content: space-between; }
    @media (max-width: 720px) { .product { grid-template-columns: 1fr; } header, main { padding: 20px; } }
  </style>
</head>
<body>
  <header>
    <a class="brand" href="/store/${escapeHtml(shop.handle)}">${escapeHtml(shop.shop.name)}</a>
    <nav><a href="/store/${escapeHtml(shop.handle)}">${escapeHtml(text.all)}</a>${helpLink}</nav>
  </header>
  <main>${body}</main>
  <footer><span>© ${escapeHtml(shop.shop.name)}</span><span>${escapeHtml(shop.domain)}</span></footer>
</body>
</html>`;
}

function priceOf(product: Product, shop: ShopState): string {
  const text = STOREFRONT_TEXT[shop.locale] ?? STOREFRONT_TEXT.en!;
  const { minVariantPrice, maxVariantPrice } = product.priceRangeV2;
  const min = formatMoney(minVariantPrice.amount, minVariantPrice.currencyCode, shop.locale);
  const compare = product.variants[0]?.compareAtPrice;
  const compareHtml = compare ? `<span class="compare">${escapeHtml(formatMoney(compare, minVariantPrice.currencyCode, shop.locale))}</span>` : "";
  if (minVariantPrice.amount === maxVariantPrice.amount) return `${escapeHtml(min)}${compareHtml}`;
  return shop.locale === "ja" ? `${escapeHtml(min)}〜` : `${escapeHtml(text.from)} ${escapeHtml(min)}`;
}

/** `GET /store/:handle`: the shop's catalogue, in its language and currency. */
export function renderStorefrontPage(services: DevstoreServices, shop: ShopState): string {
  const text = STOREFRONT_TEXT[shop.locale] ?? STOREFRONT_TEXT.en!;
  const cards = shop.products
    .filter((product) => product.status === "ACTIVE")
    .map(
      (product) => `
      <li class="card">
        <a href="/store/${escapeHtml(shop.handle)}/products/${escapeHtml(product.handle)}">
          ${picture(product, 300)}
          <span class="title">${escapeHtml(product.title)}</span>
          <span class="price">${priceOf(product, shop)}</span>
          ${product.totalInventory <= 0 ? `<span class="badge">${escapeHtml(text.soldOut)}</span>` : ""}
        </a>
      </li>`,
    )
    .join("");
  return layout(services, shop, shop.shop.name, `<h1>${escapeHtml(text.all)}</h1><ul class="grid">${cards}</ul>`);
}

/** `GET /store/:handle/products/:product`: one product with its variants. */
export function renderProductPage(services: DevstoreServices, shop: ShopState, product: Product): string {
  const text = STOREFRONT_TEXT[shop.locale] ?? STOREFRONT_TEXT.en!;
  const options = product.variants
    .map((variant) => {
      const label = variant.title === "Default Title" ? product.title : variant.title;
      const price = formatMoney(variant.price, shop.shop.currencyCode, shop.locale);
      const stock = variant.inventoryQuantity > 0 ? "" : ` — ${text.soldOut}`;
      return `<option value="${escapeHtml(variant.id)}" ${variant.inventoryQuantity > 0 ? "" : "disabled"}>${escapeHtml(label)} · ${escapeHtml(price)}${escapeHtml(stock)}</option>`;
    })
    .join("");
  const optionName = product.options[0]?.name ?? "";
  const body = `
    <p><a href="/store/${escapeHtml(shop.handle)}">← ${escapeHtml(text.back)}</a></p>
    <div class="product">
      ${picture(product, 520)}
      <div>
        <h1>${escapeHtml(product.title)}</h1>
        <p class="price">${priceOf(product, shop)}</p>
        <p>${escapeHtml(product.description)}</p>
        ${product.hasOnlyDefaultVariant ? "" : `<label for="variant">${escapeHtml(product.options.map((option) => option.name).join(" / ") || optionName)}</label>`}
        <select id="variant" name="id" ${product.hasOnlyDefaultVariant ? "hidden" : ""}>${options}</select>
        <button type="button" ${product.totalInventory > 0 ? "" : "disabled"}>${escapeHtml(product.totalInventory > 0 ? text.add : text.soldOut)}</button>
      </div>
    </div>`;
  return layout(services, shop, `${product.title} – ${shop.shop.name}`, body);
}

/**
 * `GET /store/:handle/account/login`: the storefront's customer sign-in, reduced to choosing a
 * customer of the shop. `return_url` (a path on the storefront, as Shopify's takes it) is where
 * the shopper goes back to once signed in.
 */
export function renderSignInPage(services: DevstoreServices, shop: ShopState, returnUrl: string | undefined): string {
  const text = STOREFRONT_TEXT[shop.locale] ?? STOREFRONT_TEXT.en!;
  const back = returnUrl && /^\/[^/\\]/.test(returnUrl) ? `?return_url=${encodeURIComponent(returnUrl)}` : "";
  const customers = shop.customers
    .slice(0, 20)
    .map((customer) => `<li><a href="/store/${escapeHtml(shop.handle)}/account/login-as/${escapeHtml(customer.legacyResourceId)}${back}">${escapeHtml(text.signInAs!)} ${escapeHtml(customer.displayName)} (${escapeHtml(customer.email ?? "")})</a></li>`)
    .join("");
  return layout(services, shop, `${text.signIn} – ${shop.shop.name}`, `<h1>${escapeHtml(text.signIn!)}</h1><p>${escapeHtml(text.signInIntro!)}</p><ul class="customers">${customers}</ul>`);
}
