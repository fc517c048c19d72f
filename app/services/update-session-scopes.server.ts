import { setShopSessionsScope } from "~/models/session.server";

/**
 * Applies an app/scopes_update: every session of the shop, offline and online, gets the scopes
 * Shopify now grants, so the library's `session.isActive(scopes)` and our own checks see the
 * grant as it is. An older change arriving after a newer one is ignored (`applied: false`).
 */
export async function updateSessionScopes({ shop, scopes, updatedAt }: { shop: string; scopes: string[]; updatedAt: Date }): Promise<{ applied: boolean; sessions: number }> {
  // Comma-separated, as Shopify's token responses give `scope` and the session storage keeps it.
  return setShopSessionsScope(shop, [...new Set(scopes)].join(","), updatedAt);
}
