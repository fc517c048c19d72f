import type { ReturnResolution, ReturnsPolicy, ReturnsPolicyField, ReturnsPolicyFieldError } from "~/schemas/returns-policy";

// The returns policy form as typed, every field a string (lists comma-separated), until the action
// parses it (`parseReturnsPolicyForm`). Types only from the schema: zod stays out of the browser.

export type ReturnsPolicyDraft = Record<ReturnsPolicyField, string>;

/** Every resolution, in the order the form offers them. */
export const RESOLUTION_CHOICES = Object.keys({ refund: true, store_credit: true, exchange: true } satisfies Record<ReturnResolution, true>) as ReturnResolution[];

const text = (value: number | null) => (value === null ? "" : String(value));

export function draftReturnsPolicy(policy: ReturnsPolicy): ReturnsPolicyDraft {
  return {
    windowDays: text(policy.windowDays),
    excludedTags: policy.excludedTags.join(", "),
    resolutions: policy.resolutions.join(","),
    storeCreditBonusPercent: text(policy.storeCreditBonusPercent),
    restockingFeePercent: text(policy.restockingFeePercent),
    returnShippingFee: text(policy.returnShippingFee),
    keepItemBelow: text(policy.keepItemBelow),
    "autoApprove.isEnabled": String(policy.autoApprove.isEnabled),
    "autoApprove.maxOrderTotal": text(policy.autoApprove.maxOrderTotal),
    "autoApprove.customerTags": policy.autoApprove.customerTags.join(", "),
    "autoApprove.maxReturnRatePercent": text(policy.autoApprove.maxReturnRatePercent),
    limitPerCustomer: text(policy.limitPerCustomer),
    limitDays: text(policy.limitDays),
    cancelWindowMinutes: text(policy.cancelWindowMinutes),
  };
}

export function isSameReturnsPolicyDraft(a: ReturnsPolicyDraft, b: ReturnsPolicyDraft): boolean {
  return (Object.keys(a) as ReturnsPolicyField[]).every((field) => a[field] === b[field]);
}

const ERROR_KEYS: Record<ReturnsPolicyFieldError["code"], string> = {
  at_least: "atLeast",
  at_most: "atMost",
  whole_number: "wholeNumber",
  two_decimals: "twoDecimals",
  choose_one: "chooseOne",
  too_many: "tooMany",
  too_long: "tooLong",
  number: "number",
};

/** The i18n key and values that say why a field was refused. */
export function fieldErrorMessage(error: ReturnsPolicyFieldError): { key: string; values: Record<string, number> } {
  const values: Record<string, number> = error.code === "at_least" ? { min: error.min } : error.code === "at_most" ? { max: error.max } : {};
  return { key: `returnsPolicy.errors.${ERROR_KEYS[error.code]}`, values };
}
