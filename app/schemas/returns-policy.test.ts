import { describe, expect, it } from "vitest";
import { ReturnsPolicy, parseReturnsPolicyForm } from "./returns-policy";

const defaults = ReturnsPolicy.parse({});

/** The form as the settings page submits an untouched default policy. */
const form = (fields: Record<string, string> = {}): Record<string, string> => ({
  windowDays: "30",
  excludedTags: "final-sale",
  resolutions: "refund,store_credit,exchange",
  storeCreditBonusPercent: "0",
  restockingFeePercent: "0",
  returnShippingFee: "0",
  keepItemBelow: "0",
  "autoApprove.isEnabled": "false",
  "autoApprove.maxOrderTotal": "",
  "autoApprove.customerTags": "",
  "autoApprove.maxReturnRatePercent": "",
  limitPerCustomer: "",
  limitDays: "365",
  cancelWindowMinutes: "60",
  ...fields,
});

describe("the returns policy from the settings form", () => {
  it("reads an untouched form as the defaults", () => {
    expect(parseReturnsPolicyForm(form(), defaults)).toEqual({ ok: true, policy: defaults });
  });

  it("parses numbers and lists, empty optional fields as none, and keeps what the form does not show", () => {
    const current = { ...defaults, autoApprove: { ...defaults.autoApprove, reasons: ["size-too-small"] } };
    const result = parseReturnsPolicyForm(
      form({ windowDays: "14", excludedTags: " final-sale, Clearance ,,", resolutions: "store_credit", returnShippingFee: "4.95", "autoApprove.isEnabled": "true", "autoApprove.maxOrderTotal": "150", "autoApprove.customerTags": "vip", limitPerCustomer: "3", limitDays: "90" }),
      current,
    );
    expect(result).toEqual({
      ok: true,
      policy: {
        ...defaults,
        windowDays: 14,
        excludedTags: ["final-sale", "Clearance"],
        resolutions: ["store_credit"],
        returnShippingFee: 4.95,
        autoApprove: { isEnabled: true, maxOrderTotal: 150, reasons: ["size-too-small"], customerTags: ["vip"], maxReturnRatePercent: null },
        limitPerCustomer: 3,
        limitDays: 90,
      },
    });
  });

  it("names each refused field with what was wrong", () => {
    const result = parseReturnsPolicyForm(
      form({ windowDays: "400", restockingFeePercent: "-5", returnShippingFee: "4.999", cancelWindowMinutes: "1.5", limitPerCustomer: "2", limitDays: "", "autoApprove.isEnabled": "true", "autoApprove.maxReturnRatePercent": "lots", resolutions: "refund,teleport" }),
      defaults,
    );
    expect(result).toEqual({
      ok: false,
      errors: {
        windowDays: { code: "at_most", max: 365 },
        restockingFeePercent: { code: "at_least", min: 0 },
        returnShippingFee: { code: "two_decimals" },
        cancelWindowMinutes: { code: "whole_number" },
        limitDays: { code: "number" },
        "autoApprove.maxReturnRatePercent": { code: "number" },
        resolutions: { code: "choose_one" },
      },
    });
  });

  it("keeps what is stored for fields the form shows disabled, however they were typed", () => {
    const result = parseReturnsPolicyForm(form({ resolutions: "refund", storeCreditBonusPercent: "abc", "autoApprove.maxOrderTotal": "-1", limitPerCustomer: "", limitDays: "" }), defaults);
    expect(result).toEqual({ ok: true, policy: { ...defaults, resolutions: ["refund"] } });
  });

  it("asks for at least one resolution while returns are on, and none once they are off", () => {
    expect(parseReturnsPolicyForm(form({ resolutions: "" }), defaults)).toEqual({ ok: false, errors: { resolutions: { code: "choose_one" } } });
    expect(parseReturnsPolicyForm(form({ resolutions: "", windowDays: "0" }), defaults)).toMatchObject({ ok: true, policy: { windowDays: 0, resolutions: [] } });
  });
});
