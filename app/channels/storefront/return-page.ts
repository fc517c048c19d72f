import { createI18n, type Locale } from "~/i18n";
import type { StoredReturn } from "~/models/return.server";
import type { ReturnResolution, ReturnsPolicy } from "~/schemas/returns-policy";
import type { ReturnOptions } from "~/services/returns/return-options";
import { RETURN_PHOTOS, type ReturnRequestErrors } from "~/services/returns/request-return.server";
import { escapeHtml } from "./storefront-page";

// The storefront's return request (/apps/frontdesk/orders/<order>/return): a signed-in shopper
// chooses lines, quantities and a reason for each, what they would like instead, a note and
// photos. Plain HTML: it works without script, one field per line on a phone, every field
// labelled, and what was wrong is announced at the top and shown at its field.

export interface ReturnFormValues {
  quantities: Record<string, number>;
  reasons: Record<string, string>;
  resolution: string;
  note: string;
}

const EMPTY: ReturnFormValues = { quantities: {}, reasons: {}, resolution: "", note: "" };

/** Where the orders page is from the return page (…/orders/<order>/return), in the shopper's language. */
const ordersLink = (locale: Locale) => `../../orders?locale=${locale}`;

function money(amount: string, currencyCode: string, locale: Locale): string {
  return new Intl.NumberFormat(locale, { style: "currency", currency: currencyCode }).format(Number(amount));
}

/** The form, with the shopper's earlier values and what was wrong with them. */
export function returnFormHtml(input: {
  locale: Locale;
  timeZone: string;
  orderName: string;
  options: ReturnOptions;
  policy: Pick<ReturnsPolicy, "windowDays" | "storeCreditBonusPercent" | "restockingFeePercent" | "returnShippingFee">;
  resolutions: ReturnResolution[];
  requestKey: string;
  values?: ReturnFormValues;
  errors?: ReturnRequestErrors;
  /** Shopify's own words when it refused the request. */
  refusal?: string[];
}): string {
  const { locale, options, errors = {}, values = EMPTY } = input;
  const { t } = createI18n(locale);
  const date = new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeZone: input.timeZone });
  const fieldError = (key: string, id: string) => (errors[key] ? `<p class="error" id="${id}">${escapeHtml(t(`storefront.returns.errors.${errors[key]}`))}</p>` : "");
  const anyReturnable = options.lines.some((line) => line.eligibility.returnableQuantity > 0);

  const lines = options.lines
    .map((line, index) => {
      const name = `${escapeHtml(line.title)}${line.variantTitle ? ` · ${escapeHtml(line.variantTitle)}` : ""}`;
      const image = line.imageUrl ? `<img src="${escapeHtml(line.imageUrl)}" alt="${escapeHtml(line.imageAlt ?? "")}" width="56" height="56" loading="lazy">` : "";
      const head = `${image}<div><strong>${name}</strong><p class="hint">${escapeHtml(money(line.unitPrice, line.currencyCode, locale))}</p></div>`;
      const { eligibility } = line;
      if (!eligibility.returnableQuantity) {
        return `<li class="line">${head}<p class="hint">${escapeHtml(t(`storefront.returns.notReturnable.${eligibility.reason ?? "outside_window"}`))}</p></li>`;
      }
      const quantityError = errors[`line:${line.lineItemId}`];
      const reasonError = errors[`reason:${line.lineItemId}`];
      const chosen = values.quantities[line.lineItemId] ?? 0;
      const quantityOptions = Array.from({ length: eligibility.returnableQuantity + 1 }, (_, quantity) => `<option value="${quantity}"${quantity === chosen ? " selected" : ""}>${quantity}</option>`).join("");
      const reasonOptions = line.reasons
        .map((reason) => `<option value="${escapeHtml(reason.id)}"${values.reasons[line.lineItemId] === reason.id ? " selected" : ""}>${escapeHtml(reason.name)}</option>`)
        .join("");
      return `<li class="line"><fieldset class="choice-group"><legend class="visually-hidden">${name}</legend>${head}
  <div class="choice">
    <label for="quantity-${index}">${escapeHtml(t("storefront.returns.quantity"))}</label>
    <select id="quantity-${index}" name="quantity:${escapeHtml(line.lineItemId)}"${quantityError ? ` aria-invalid="true" aria-describedby="quantity-${index}-error"` : ""}>${quantityOptions}</select>
    ${fieldError(`line:${line.lineItemId}`, `quantity-${index}-error`)}
    <label for="reason-${index}">${escapeHtml(t("storefront.returns.reason"))}</label>
    <select id="reason-${index}" name="reason:${escapeHtml(line.lineItemId)}"${reasonError ? ` aria-invalid="true" aria-describedby="reason-${index}-error"` : ""}><option value="">${escapeHtml(t("storefront.returns.chooseReason"))}</option>${reasonOptions}</select>
    ${fieldError(`reason:${line.lineItemId}`, `reason-${index}-error`)}
    ${eligibility.returnBy ? `<p class="hint">${escapeHtml(t("storefront.returns.returnBy", { date: date.format(eligibility.returnBy) }))}</p>` : ""}
  </div></fieldset>
</li>`;
    })
    .join("");

  const resolutionHint = (resolution: ReturnResolution) => {
    if (resolution === "store_credit" && input.policy.storeCreditBonusPercent > 0) return t("storefront.returns.creditBonus", { percent: input.policy.storeCreditBonusPercent });
    if (resolution === "refund" && (input.policy.restockingFeePercent > 0 || input.policy.returnShippingFee > 0)) return t("storefront.returns.refundFees");
    return "";
  };
  const resolutions = input.resolutions
    .map((resolution, index) => {
      const hint = resolutionHint(resolution);
      const checked = values.resolution ? values.resolution === resolution : index === 0;
      return `<label class="radio"><input type="radio" name="resolution" value="${resolution}"${checked ? " checked" : ""}> ${escapeHtml(t(`storefront.returns.resolutions.${resolution}`))}${hint ? ` <span class="hint">${escapeHtml(hint)}</span>` : ""}</label>`;
    })
    .join("");

  const problems = [...new Set(Object.values(errors))].map((code) => `<li>${escapeHtml(t(`storefront.returns.errors.${code}`))}</li>`);
  const refusal = input.refusal ? [`<li>${escapeHtml(t("storefront.returns.refused"))}</li>`, ...input.refusal.map((message) => `<li>${escapeHtml(message)}</li>`)] : [];
  const alert = problems.length || refusal.length ? `<div role="alert" tabindex="-1" id="return-problems"><ul>${[...refusal, ...problems].join("")}</ul></div>` : "";

  return `<p><a href="${ordersLink(locale)}">${escapeHtml(t("storefront.returns.back"))}</a></p>
<h1>${escapeHtml(t("storefront.returns.title", { order: input.orderName }))}</h1>
<p class="hint">${escapeHtml(t("storefront.returns.policy", { count: input.policy.windowDays }))}</p>
${alert}
${
  anyReturnable
    ? `<form method="post" action="" enctype="multipart/form-data">
  <fieldset><legend>${escapeHtml(t("storefront.returns.items"))}</legend><ul class="return-lines">${lines}</ul></fieldset>
  <fieldset${errors.resolution ? ' aria-describedby="resolution-error"' : ""}><legend>${escapeHtml(t("storefront.returns.resolution"))}</legend>${resolutions}${fieldError("resolution", "resolution-error")}</fieldset>
  <label for="return-note">${escapeHtml(t("storefront.returns.note"))}</label>
  <textarea id="return-note" name="note" rows="4" maxlength="1000">${escapeHtml(values.note)}</textarea>
  <label for="return-photos">${escapeHtml(t("storefront.returns.photos"))}</label>
  <input id="return-photos" name="photos" type="file" accept="image/*" multiple aria-describedby="return-photos-hint${errors.photos ? " return-photos-error" : ""}">
  <p class="hint" id="return-photos-hint">${escapeHtml(t("storefront.returns.photosHint", { count: RETURN_PHOTOS.max, size: RETURN_PHOTOS.maxBytes / 1024 / 1024 }))}</p>
  ${fieldError("photos", "return-photos-error")}
  <input type="hidden" name="requestKey" value="${escapeHtml(input.requestKey)}">
  <input type="hidden" name="locale" value="${locale}">
  <button type="submit">${escapeHtml(t("storefront.returns.submit"))}</button>
</form>`
    : `<ul class="return-lines">${lines}</ul><p>${escapeHtml(t("storefront.returns.nothingReturnable"))}</p>`
}`;
}

/** After the request: what happens next, and the request's status. */
export function returnRequestedHtml(locale: Locale, request: StoredReturn): string {
  const { t } = createI18n(locale);
  const items = request.lines.map((line) => `<li>${escapeHtml(line.title)}${line.variantTitle ? ` · ${escapeHtml(line.variantTitle)}` : ""} × ${line.quantity}</li>`).join("");
  return `<h1>${escapeHtml(t("storefront.returns.requestedTitle", { name: request.name ?? "" }))}</h1>
<p role="status">${escapeHtml(t(`storefront.returns.statusText.${request.status}`))}</p>
<ul class="lines">${items}</ul>
<p><a class="button" href="${ordersLink(locale)}">${escapeHtml(t("storefront.returns.back"))}</a></p>`;
}

/** The same form is on its way to the shop (pressed twice): the first press's answer is not in yet. */
export function returnSendingHtml(locale: Locale): string {
  const { t } = createI18n(locale);
  return `<h1>${escapeHtml(t("storefront.returns.pageTitle"))}</h1><p role="status">${escapeHtml(t("storefront.returns.sending"))}</p><p><a href="${ordersLink(locale)}">${escapeHtml(t("storefront.returns.back"))}</a></p>`;
}

/** Shopify did not answer: the request may have gone through, and the shopper will hear by email if it did. */
export function returnUnconfirmedHtml(locale: Locale): string {
  const { t } = createI18n(locale);
  return `<h1>${escapeHtml(t("storefront.returns.pageTitle"))}</h1><p role="alert">${escapeHtml(t("storefront.returns.unconfirmed"))}</p><p><a href="${ordersLink(locale)}">${escapeHtml(t("storefront.returns.back"))}</a></p>`;
}

/** The order is not the shopper's, or not there. */
export function returnNotFoundHtml(locale: Locale): string {
  const { t } = createI18n(locale);
  return `<h1>${escapeHtml(t("storefront.returns.notFoundTitle"))}</h1><p>${escapeHtml(t("storefront.returns.notFound"))}</p><p><a href="${ordersLink(locale)}">${escapeHtml(t("storefront.returns.back"))}</a></p>`;
}
