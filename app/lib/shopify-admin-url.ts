/** The admin pages the app links to, as Shopify names them in `shopify://admin/<resource>/<id>`. */
export type ShopifyAdminResource = "orders" | "customers";

/**
 * The `shopify:` URL of a resource's page in Shopify admin, which App Bridge opens in the admin
 * around the app (shopify.dev, App Bridge navigation: `<a href="shopify://admin/orders/456"
 * target="_top">`). `id` is the numeric (legacy) id; a GID is reduced to it. Null when there is no
 * numeric id to link to, so a stray value never becomes a link somewhere else.
 */
export function shopifyAdminUrl(resource: ShopifyAdminResource, id: string | bigint | null | undefined): string | null {
  const numeric = /^(?:gid:\/\/shopify\/\w+\/)?([1-9]\d{0,19})$/.exec(String(id ?? ""))?.[1];
  return numeric ? `shopify://admin/${resource}/${numeric}` : null;
}
