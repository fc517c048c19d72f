import { randomUUID } from "node:crypto";
import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { signInHtml } from "~/channels/storefront/orders-page";
import { returnFormHtml, returnNotFoundHtml, returnRequestedHtml, returnSendingHtml, returnUnconfirmedHtml, type ReturnFormValues } from "~/channels/storefront/return-page";
import { storefrontLocale, storefrontPage } from "~/channels/storefront/storefront-page";
import { createI18n, resolveLocale, type Locale } from "~/i18n";
import type { ReturnResolution } from "~/schemas/returns-policy";
import { getShopperReturnOptions, RETURN_PHOTOS, requestShopperReturn, type ReturnPhoto } from "~/services/returns/request-return.server";
import { authenticate } from "~/shopify.server";

// A signed-in shopper's return request for one of their orders, through the app proxy:
// /apps/frontdesk/orders/<order>/return. Shopify signs the query with `logged_in_customer_id`;
// a bad or stale signature is refused (400) before anything here runs, and only that customer's
// order is found. Shopify (its offline session) is asked what the order can return.

/** The most a request's body may be: its photos, and room for the fields. */
const MAX_BODY_BYTES = RETURN_PHOTOS.max * RETURN_PHOTOS.maxBytes + 256 * 1024;

async function signedIn(request: Request) {
  const { admin } = await authenticate.public.appProxy(request);
  const query = new URL(request.url).searchParams;
  const customerId = query.get("logged_in_customer_id") ?? "";
  const prefix = /^(\/[\w-]+){1,3}$/.test(query.get("path_prefix") ?? "") ? query.get("path_prefix")! : "/apps/frontdesk";
  return { admin, shop: query.get("shop")!, shopifyCustomerId: /^\d{1,19}$/.test(customerId) ? BigInt(customerId) : null, prefix };
}

function page(locale: Locale, body: string, status = 200) {
  return storefrontPage(locale, createI18n(locale).t("storefront.returns.pageTitle"), body, status);
}

const SHOPIFY_DOWN = Symbol("Shopify did not answer");

/** Shopify did not answer (an outage, throttled past the retries): the shopper is asked to come back, never shown a 500. */
function shopifyDown(error: unknown): typeof SHOPIFY_DOWN {
  console.error("Return options could not be read from Shopify:", error instanceof Error ? error.message : error);
  return SHOPIFY_DOWN;
}

/** The app has no offline session for the shop (not installed, or uninstalled): nothing can be asked of Shopify. */
function unavailable(locale: Locale) {
  return page(locale, `<h1>${createI18n(locale).t("storefront.returns.pageTitle")}</h1><p role="alert">${createI18n(locale).t("storefront.returns.unavailable")}</p>`, 503);
}

export const loader = async ({ request, params }: LoaderFunctionArgs) => {
  const { admin, shop, shopifyCustomerId, prefix } = await signedIn(request);
  const locale = storefrontLocale(request);
  if (shopifyCustomerId === null) return page(locale, signInHtml(locale, prefix));
  if (!admin) return unavailable(locale);
  const found = await getShopperReturnOptions({ shop, admin, shopifyCustomerId, orderId: params.orderId ?? "", locale }).catch(shopifyDown);
  if (found === SHOPIFY_DOWN) return unavailable(locale);
  if (!found) return page(locale, returnNotFoundHtml(locale), 404);
  return page(locale, returnFormHtml({ locale, timeZone: found.timeZone, orderName: found.order.name, options: found.options, policy: found.policy, resolutions: found.resolutions, requestKey: randomUUID() }));
};

/** The form's fields: `quantity:<line>` and `reason:<line>` for each line, the rest by name. */
function readForm(fields: FormData) {
  const values: ReturnFormValues = { quantities: {}, reasons: {}, resolution: String(fields.get("resolution") ?? ""), note: String(fields.get("note") ?? "").trim().slice(0, 1000) };
  for (const [name, value] of fields) {
    if (typeof value !== "string") continue;
    if (name.startsWith("quantity:")) values.quantities[name.slice(9)] = Math.max(0, Math.min(1000, Number.parseInt(value, 10) || 0));
    if (name.startsWith("reason:")) values.reasons[name.slice(7)] = value;
  }
  return values;
}

async function readPhotos(fields: FormData): Promise<ReturnPhoto[]> {
  const files = fields.getAll("photos").filter((value): value is File => typeof value !== "string" && value.size > 0);
  return Promise.all(files.map(async (file) => ({ filename: file.name.slice(0, 200) || "photo", content: new Uint8Array(await file.arrayBuffer()) })));
}

export const action = async ({ request, params }: ActionFunctionArgs) => {
  const { admin, shop, shopifyCustomerId, prefix } = await signedIn(request);
  let locale = storefrontLocale(request);
  if (shopifyCustomerId === null) return page(locale, signInHtml(locale, prefix), 401);
  if (!admin) return unavailable(locale);
  if (Number(request.headers.get("Content-Length") ?? 0) > MAX_BODY_BYTES) {
    return page(locale, `<h1>${createI18n(locale).t("storefront.returns.pageTitle")}</h1><p role="alert">${createI18n(locale).t("storefront.returns.errors.photo_too_large")}</p>`, 413);
  }
  const fields = await request.formData().catch(() => null);
  // Not a form (a broken upload, another content type): said plainly, nothing kept.
  if (!fields) return page(locale, `<h1>${createI18n(locale).t("storefront.returns.pageTitle")}</h1><p role="alert">${createI18n(locale).t("storefront.returns.errors.expired")}</p>`, 400);
  locale = resolveLocale(String(fields.get("locale") ?? locale));
  const values = readForm(fields);
  const requestKey = String(fields.get("requestKey") ?? "");
  const orderId = params.orderId ?? "";
  const context = { shop, admin, shopifyCustomerId, orderId, locale };
  const result = /^[\w-]{8,100}$/.test(requestKey)
    ? await requestShopperReturn(context, {
        requestKey,
        lines: Object.entries(values.quantities).map(([lineItemId, quantity]) => ({ lineItemId, quantity, reasonId: values.reasons[lineItemId] ?? "" })),
        // Checked against what the policy offers.
        resolution: values.resolution as ReturnResolution,
        note: values.note,
        photos: await readPhotos(fields),
      }).catch(shopifyDown)
    : ({ outcome: "invalid", errors: { form: "expired" } } as const);
  if (result === SHOPIFY_DOWN) return unavailable(locale);
  if (result.outcome === "requested" || result.outcome === "already_requested") return page(locale, returnRequestedHtml(locale, result.request));
  if (result.outcome === "sending") return page(locale, returnSendingHtml(locale), 202);
  if (result.outcome === "unconfirmed") return page(locale, returnUnconfirmedHtml(locale), 503);
  if (result.outcome === "not_found") return page(locale, returnNotFoundHtml(locale), 404);
  // Shown again with what they chose, a new key, and what was wrong.
  const found = await getShopperReturnOptions(context).catch(shopifyDown);
  if (found === SHOPIFY_DOWN) return unavailable(locale);
  if (!found) return page(locale, returnNotFoundHtml(locale), 404);
  const errors = result.outcome === "invalid" ? result.errors : {};
  const refusal = result.outcome === "refused" ? result.messages : undefined;
  return page(
    locale,
    returnFormHtml({ locale, timeZone: found.timeZone, orderName: found.order.name, options: found.options, policy: found.policy, resolutions: found.resolutions, requestKey: randomUUID(), values, errors, refusal }),
    result.outcome === "invalid" ? 422 : 502,
  );
};
