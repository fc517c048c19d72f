/** Shopify admin names the shop in a session token's `dest`: exactly `https://<handle>.myshopify.com`. */
const MYSHOPIFY_ORIGIN = /^https:\/\/([a-z0-9][a-z0-9-]{0,62})\.myshopify\.com\/?$/i;

/**
 * The shop a session token is for, or null when its `dest` is anything but a myshopify origin
 * (another domain, a path, a port, credentials, no `dest` at all).
 */
export function shopOfSessionToken(payload: { dest?: unknown }): string | null {
  if (typeof payload.dest !== "string") return null;
  const match = MYSHOPIFY_ORIGIN.exec(payload.dest);
  return match ? `${match[1]!.toLowerCase()}.myshopify.com` : null;
}

/** The session token a request to an admin route carries: App Bridge's `Authorization` header, or a document's `id_token`. */
export function sessionTokenOf(request: Request): string | null {
  const header = request.headers.get("authorization");
  if (header) return header.replace(/^Bearer /, "");
  return new URL(request.url).searchParams.get("id_token");
}
