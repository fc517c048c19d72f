import { resolveLocale, type Locale } from "~/i18n";

// The pages the app proxy answers on the shop's storefront (/apps/frontdesk/…): plain HTML with
// the shopper's language, readable on a phone, no script. Shopify passes them through as they are.

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/** Text made safe to put in HTML, in an element or a quoted attribute. */
export const escapeHtml = (value: string) => value.replace(/[&<>"']/g, (character) => ESCAPES[character]!);

const STYLE = `
  body { font: 16px/1.5 system-ui, -apple-system, "Segoe UI", "Hiragino Sans", "Noto Sans JP", "Noto Sans Thai", sans-serif; margin: 0; padding: 32px 16px; color: #1f2a1f; background: #faf8f4; }
  main { max-width: 640px; margin: 0 auto; background: #fff; border-radius: 12px; padding: 24px; box-shadow: 0 1px 2px rgba(0,0,0,.08); }
  h1 { font-size: 24px; margin: 0 0 8px; }
  h2 { font-size: 18px; margin: 0; }
  label { display: block; font-weight: 600; margin: 16px 0 4px; }
  input, textarea { width: 100%; box-sizing: border-box; font: inherit; padding: 10px 12px; border: 1px solid #8a8a8a; border-radius: 8px; }
  input:focus, textarea:focus, button:focus, a:focus { outline: 3px solid #2c6ecb; outline-offset: 1px; }
  button, .button { display: inline-block; margin-top: 20px; font: inherit; font-weight: 600; padding: 10px 20px; border: 0; border-radius: 8px; background: #1f2a1f; color: #fff; cursor: pointer; text-decoration: none; }
  .hint { color: #5f6b5f; font-size: 14px; margin: 0; }
  [role="status"], [role="alert"] { padding: 12px 16px; border-radius: 8px; margin: 16px 0 0; }
  [role="status"] { background: #e3f1df; } [role="alert"] { background: #fbeae5; }
  ol, ul { padding: 0; list-style: none; margin: 0; }
  .order { border-top: 1px solid #e3e3e3; padding: 16px 0; }
  .order header { display: flex; flex-wrap: wrap; gap: 4px 12px; align-items: baseline; justify-content: space-between; }
  .status { font-size: 14px; padding: 2px 10px; border-radius: 999px; background: #eef0ee; }
  .lines li, .shipments li { margin-top: 6px; }
  .shipments a { color: #2c6ecb; }
  .button.secondary { background: #fff; color: #1f2a1f; border: 1px solid #1f2a1f; margin-top: 12px; }
  .returns li { margin-top: 6px; font-size: 14px; }
  fieldset { border: 0; padding: 0; margin: 16px 0 0; }
  legend { font-weight: 600; font-size: 18px; padding: 0; }
  select { font: inherit; padding: 8px 10px; border: 1px solid #8a8a8a; border-radius: 8px; background: #fff; max-width: 100%; }
  select:focus, input[type=radio]:focus { outline: 3px solid #2c6ecb; outline-offset: 1px; }
  .return-lines .line { display: flex; flex-wrap: wrap; gap: 8px 12px; border-top: 1px solid #e3e3e3; padding: 12px 0; }
  .return-lines .line img { border-radius: 8px; object-fit: cover; }
  .return-lines .choice { flex-basis: 100%; }
  .return-lines label { font-weight: 400; margin: 8px 0 4px; }
  label.radio { font-weight: 400; display: flex; gap: 8px; align-items: baseline; margin: 8px 0; }
  label.radio input { width: auto; }
  .visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
  .choice-group { display: contents; }
  .error { color: #8e1f0b; font-size: 14px; margin: 4px 0 0; }
  [role="alert"] ul { padding-left: 18px; list-style: disc; }
`;

/** A whole page in the shopper's language: not cached, since it may show a signed-in shopper's orders. */
export function storefrontPage(locale: Locale, title: string, body: string, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(
    `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(title)}</title>
<style>${STYLE}</style></head><body><main>${body}</main></body></html>`,
    { status, headers: { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store", ...headers } },
  );
}

/** The shopper's language: the theme's `locale` parameter, else the browser's, else English. */
export function storefrontLocale(request: Request): Locale {
  return resolveLocale(new URL(request.url).searchParams.get("locale") ?? request.headers.get("Accept-Language"));
}
