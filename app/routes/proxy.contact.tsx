import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { createI18n, resolveLocale, type Locale } from "~/i18n";
import { clientAddress, ContactForm, submitContactForm } from "~/channels/contact-form/submit-contact-form.server";
import { authenticate } from "~/shopify.server";

// The storefront contact form, through the app proxy: /apps/frontdesk/contact on the shop's
// domain. Shopify signs every proxied request; authenticate.public.appProxy refuses a bad or
// stale signature (400) before anything here runs. The theme app extension's block posts here
// with fetch (JSON answer); without JavaScript, the page's own form posts and gets a page back.

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
const escape = (value: string) => value.replace(/[&<>"']/g, (character) => ESCAPES[character]!);

function localeOf(request: Request): Locale {
  const url = new URL(request.url);
  return resolveLocale(url.searchParams.get("locale") ?? request.headers.get("Accept-Language"));
}

function page(locale: Locale, body: string, status = 200, headers: Record<string, string> = {}): Response {
  const { t } = createI18n(locale);
  return new Response(
    `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escape(t("storefront.contact.title"))}</title>
<style>
  body { font: 16px/1.5 system-ui, -apple-system, "Segoe UI", "Hiragino Sans", "Noto Sans JP", "Noto Sans Thai", sans-serif; margin: 0; padding: 32px 16px; color: #1f2a1f; background: #faf8f4; }
  main { max-width: 560px; margin: 0 auto; background: #fff; border-radius: 12px; padding: 24px; box-shadow: 0 1px 2px rgba(0,0,0,.08); }
  h1 { font-size: 24px; margin: 0 0 8px; }
  label { display: block; font-weight: 600; margin: 16px 0 4px; }
  input, textarea { width: 100%; box-sizing: border-box; font: inherit; padding: 10px 12px; border: 1px solid #8a8a8a; border-radius: 8px; }
  input:focus, textarea:focus, button:focus { outline: 3px solid #2c6ecb; outline-offset: 1px; }
  button { margin-top: 20px; font: inherit; font-weight: 600; padding: 10px 20px; border: 0; border-radius: 8px; background: #1f2a1f; color: #fff; cursor: pointer; }
  .hint { color: #5f6b5f; font-size: 14px; margin: 0; }
  [role="status"], [role="alert"] { padding: 12px 16px; border-radius: 8px; margin: 16px 0 0; }
  [role="status"] { background: #e3f1df; } [role="alert"] { background: #fbeae5; }
</style></head><body><main>${body}</main></body></html>`,
    { status, headers: { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store", ...headers } },
  );
}

function formHtml(locale: Locale, message?: { kind: "status" | "alert"; text: string }): string {
  const { t } = createI18n(locale);
  return `<h1>${escape(t("storefront.contact.title"))}</h1>
<p class="hint">${escape(t("storefront.contact.intro"))}</p>
${message ? `<p role="${message.kind}">${escape(message.text)}</p>` : ""}
<form method="post" action="">
  <label for="contact-name">${escape(t("storefront.contact.name"))}</label>
  <input id="contact-name" name="name" autocomplete="name" maxlength="200">
  <label for="contact-email">${escape(t("storefront.contact.email"))}</label>
  <input id="contact-email" name="email" type="email" autocomplete="email" required maxlength="320">
  <label for="contact-order">${escape(t("storefront.contact.order"))}</label>
  <input id="contact-order" name="order" inputmode="numeric" maxlength="20" placeholder="#1001">
  <label for="contact-message">${escape(t("storefront.contact.message"))}</label>
  <textarea id="contact-message" name="message" rows="6" required maxlength="10000"></textarea>
  <input type="hidden" name="locale" value="${locale}">
  <button type="submit">${escape(t("storefront.contact.send"))}</button>
</form>`;
}

export const loader = async ({ request }: LoaderFunctionArgs) => {
  await authenticate.public.appProxy(request);
  return page(localeOf(request), formHtml(localeOf(request)));
};

export const action = async ({ request }: ActionFunctionArgs) => {
  await authenticate.public.appProxy(request);
  const query = new URL(request.url).searchParams;
  const shop = query.get("shop")!;
  // Signed with the rest of the query: the shopper Shopify signed in to the shop's customer accounts, or "".
  const signedInCustomerId = /^\d{1,19}$/.test(query.get("logged_in_customer_id") ?? "") ? query.get("logged_in_customer_id") : null;
  const wantsJson = (request.headers.get("Accept") ?? "").includes("application/json");
  const fields = Object.fromEntries(await request.formData());
  const locale = resolveLocale(typeof fields.locale === "string" ? fields.locale : request.headers.get("Accept-Language"));
  const { t } = createI18n(locale);
  const answer = (status: number, kind: "status" | "alert", text: string, headers: Record<string, string> = {}) =>
    wantsJson ? Response.json({ ok: status < 300, message: text }, { status, headers }) : page(locale, formHtml(locale, { kind, text }), status, headers);

  const form = ContactForm.safeParse(fields);
  if (!form.success) return answer(422, "alert", t("storefront.contact.invalid"));
  // Counted from the right: only the entries Shopify and the operator's own proxies add are trustworthy.
  const result = await submitContactForm(shop, form.data, { ip: clientAddress(request.headers.get("X-Forwarded-For")), signedInCustomerId });
  if (result.outcome === "rate-limited") return answer(429, "alert", t(result.limit === "shop" ? "storefront.contact.shopBusy" : "storefront.contact.tooMany"), { "Retry-After": String(result.retryAfterSeconds) });
  return answer(200, "status", t("storefront.contact.thanks"));
};
