import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { createI18n, resolveLocale, type Locale } from "~/i18n";
import { clientAddress, ContactForm, submitContactForm } from "~/channels/contact-form/submit-contact-form.server";
import { escapeHtml, storefrontLocale, storefrontPage } from "~/channels/storefront/storefront-page";
import { authenticate } from "~/shopify.server";

// The storefront contact form, through the app proxy: /apps/frontdesk/contact on the shop's
// domain. Shopify signs every proxied request; authenticate.public.appProxy refuses a bad or
// stale signature (400) before anything here runs. The theme app extension's block posts here
// with fetch (JSON answer); without JavaScript, the page's own form posts and gets a page back.

function page(locale: Locale, body: string, status = 200, headers: Record<string, string> = {}): Response {
  return storefrontPage(locale, createI18n(locale).t("storefront.contact.title"), body, status, headers);
}

function formHtml(locale: Locale, message?: { kind: "status" | "alert"; text: string }): string {
  const { t } = createI18n(locale);
  return `<h1>${escapeHtml(t("storefront.contact.title"))}</h1>
<p class="hint">${escapeHtml(t("storefront.contact.intro"))}</p>
${message ? `<p role="${message.kind}">${escapeHtml(message.text)}</p>` : ""}
<form method="post" action="">
  <label for="contact-name">${escapeHtml(t("storefront.contact.name"))}</label>
  <input id="contact-name" name="name" autocomplete="name" maxlength="200">
  <label for="contact-email">${escapeHtml(t("storefront.contact.email"))}</label>
  <input id="contact-email" name="email" type="email" autocomplete="email" required maxlength="320">
  <label for="contact-order">${escapeHtml(t("storefront.contact.order"))}</label>
  <input id="contact-order" name="order" inputmode="numeric" maxlength="20" placeholder="#1001">
  <label for="contact-message">${escapeHtml(t("storefront.contact.message"))}</label>
  <textarea id="contact-message" name="message" rows="6" required maxlength="10000"></textarea>
  <input type="hidden" name="locale" value="${locale}">
  <button type="submit">${escapeHtml(t("storefront.contact.send"))}</button>
</form>`;
}

export const loader = async ({ request }: LoaderFunctionArgs) => {
  await authenticate.public.appProxy(request);
  return page(storefrontLocale(request), formHtml(storefrontLocale(request)));
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
