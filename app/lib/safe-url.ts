/**
 * `value` as a URL the app may put in a link or an image: an absolute http(s) URL, returned as
 * the browser would read it (so what was checked is what is followed). Null for anything else —
 * `javascript:`, `data:`, `vbscript:`, relative and protocol-relative URLs, URLs with credentials
 * (`https://bank.example@evil.example`), malformed ones, non-strings — so outside data (webhook
 * payloads, Shopify fields, customers' mail) never becomes a script or a disguised link.
 */
export function safeHttpUrl(value: unknown): string | null {
  if (typeof value !== "string" || !value.trim()) return null;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return null;
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") return null;
  if (url.username || url.password) return null;
  return url.href;
}
