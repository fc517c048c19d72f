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

/** The i18n key and values that say why a field was refused. */
export function fieldErrorMessage(error: ReturnsPolicyFieldError): { key: string; values: Record<string, number> } {
  switch (error.code) {
    case "at_least":
      return { key: "returnsPolicy.errors.atLeast", values: { min: error.min } };
    case "at_most":
      return { key: "returnsPolicy.errors.atMost", values: { max: error.max } };
    case "whole_number":
      return { key: "returnsPolicy.errors.wholeNumber", values: {} };
    case "two_decimals":
      return { key: "returnsPolicy.errors.twoDecimals", values: {} };
    case "choose_one":
      return { key: "returnsPolicy.errors.chooseOne", values: {} };
    case "too_many":
      return { key: "returnsPolicy.errors.tooMany", values: {} };
    case "too_long":
      return { key: "returnsPolicy.errors.tooLong", values: {} };
    case "number":
      return { key: "returnsPolicy.errors.number", values: {} };
  }
}
