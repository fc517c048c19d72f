import { z } from "zod";
import { RETURN_RESOLUTIONS, type ReturnResolution } from "~/return-vocabulary";

export { RETURN_RESOLUTIONS, type ReturnResolution };

/** An amount in the shop's currency, in its major unit (5.5 is $5.50, 500 is ¥500); 0 is off. */
const Amount = z.number().min(0).max(1_000_000).multipleOf(0.01);
const Percent = z.number().min(0).max(100);
const Tag = z.string().trim().min(1).max(255);

/**
 * A shop's returns policy (`Shop.settings.returns`), with the defaults a new shop starts with:
 * 30 days, refund, credit and exchange offered, nothing charged, nothing approved without an agent,
 * and an hour to cancel an order that has not shipped.
 */
export const ReturnsPolicy = z.object({
  /** Days a line can be returned, from its delivery (from its fulfilment when delivery is unknown). 0: returns are off. */
  windowDays: z.number().int().min(0).max(365).default(30),
  /** Product tags that make a line final sale (compared without case). */
  excludedTags: z.array(Tag).max(50).default(["final-sale"]),
  resolutions: z
    .array(z.enum(RETURN_RESOLUTIONS))
    .max(RETURN_RESOLUTIONS.length)
    .default([...RETURN_RESOLUTIONS]),
  /** Extra store credit on top of the returned value, to favour credit over a refund. */
  storeCreditBonusPercent: Percent.default(0),
  /** Kept from a refund, as a share of the returned value (not from credit or an exchange). */
  restockingFeePercent: Percent.default(0),
  /** Kept from a refund for the return label. */
  returnShippingFee: Amount.default(0),
  /** Lines worth less than this are refunded or credited without being sent back. */
  keepItemBelow: Amount.default(0),
  autoApprove: z
    .object({
      isEnabled: z.boolean().default(false),
      /** Only orders up to this total; null: any. */
      maxOrderTotal: Amount.nullable().default(null),
      /** Only these return reasons (Shopify's reason definition handles); empty: any. */
      reasons: z.array(z.string().trim().min(1).max(255)).max(100).default([]),
      /** Only customers with one of these tags; empty: any. */
      customerTags: z.array(Tag).max(50).default([]),
      /** Only customers who returned at most this share of their orders; null: any. */
      maxReturnRatePercent: Percent.nullable().default(null),
    })
    .default({}),
  /** At most this many return requests per customer in `limitDays`; null: no limit. */
  limitPerCustomer: z.number().int().min(1).max(100).nullable().default(null),
  limitDays: z.number().int().min(1).max(365).default(365),
  /** Minutes after the order is placed that a shopper may cancel it while nothing has shipped; 0: they may not. */
  cancelWindowMinutes: z
    .number()
    .int()
    .min(0)
    .max(60 * 24 * 30)
    .default(60),
});
export type ReturnsPolicy = z.infer<typeof ReturnsPolicy>;

/** The policy's fields as the settings form names them (nested fields by their dotted path), each a string. */
export const RETURNS_POLICY_NUMBER_FIELDS = {
  windowDays: { nullable: false },
  storeCreditBonusPercent: { nullable: false },
  restockingFeePercent: { nullable: false },
  returnShippingFee: { nullable: false },
  keepItemBelow: { nullable: false },
  "autoApprove.maxOrderTotal": { nullable: true },
  "autoApprove.maxReturnRatePercent": { nullable: true },
  limitPerCustomer: { nullable: true },
  limitDays: { nullable: false },
  cancelWindowMinutes: { nullable: false },
} as const;
export type ReturnsPolicyField = keyof typeof RETURNS_POLICY_NUMBER_FIELDS | "excludedTags" | "resolutions" | "autoApprove.isEnabled" | "autoApprove.customerTags";

export type ReturnsPolicyFormResult = { ok: true; policy: ReturnsPolicy } | { ok: false; errors: ReturnsPolicyFormErrors };
export type ReturnsPolicyFormErrors = Partial<Record<ReturnsPolicyField, ReturnsPolicyFieldError>>;

/** Why a field was refused, for the form to say in the agent's language. */
export type ReturnsPolicyFieldError =
  | {
      code: "number" | "whole_number" | "two_decimals" | "choose_one" | "too_many" | "too_long";
    }
  | { code: "at_least"; min: number }
  | { code: "at_most"; max: number };

const splitList = (value: string | undefined) =>
  (value ?? "")
    .split(",")
    .map((item) => item.trim())
    .filter(Boolean);

function fieldErrorOf(issue: z.ZodIssue): ReturnsPolicyFieldError {
  switch (issue.code) {
    case "too_small":
      return issue.type === "number" ? { code: "at_least", min: Number(issue.minimum) } : { code: "number" };
    case "too_big":
      return issue.type === "number" ? { code: "at_most", max: Number(issue.maximum) } : { code: issue.type === "array" ? "too_many" : "too_long" };
    case "not_multiple_of":
      return { code: "two_decimals" };
    case "invalid_enum_value":
      return { code: "choose_one" };
    case "invalid_type":
      return { code: issue.expected === "integer" ? "whole_number" : "number" };
    default:
      return { code: "number" };
  }
}

/**
 * The settings form's strings as a policy: numbers parsed ("" is null where a field may be empty),
 * lists split on commas, then checked by `ReturnsPolicy`. Refused fields come back by name with
 * what was wrong; fields the form does not show (auto-approved reasons) or shows disabled (the
 * bonus without store credit, the conditions without auto-approval, the period without a limit)
 * keep `current`'s values.
 */
export function parseReturnsPolicyForm(form: Record<string, string>, current: ReturnsPolicy): ReturnsPolicyFormResult {
  const numbers = Object.fromEntries(
    Object.entries(RETURNS_POLICY_NUMBER_FIELDS).map(([name, { nullable }]) => {
      const value = (form[name] ?? "").trim();
      return [name, value === "" ? (nullable ? null : Number.NaN) : Number(value)];
    }),
  ) as Record<keyof typeof RETURNS_POLICY_NUMBER_FIELDS, number | null>;
  const resolutions = splitList(form.resolutions);
  const isAutoApproving = form["autoApprove.isEnabled"] === "true";
  // A field the form shows disabled (its option is off) keeps what is stored, whatever it holds.
  const input = {
    windowDays: numbers.windowDays,
    excludedTags: splitList(form.excludedTags),
    resolutions,
    storeCreditBonusPercent: resolutions.includes("store_credit") ? numbers.storeCreditBonusPercent : current.storeCreditBonusPercent,
    restockingFeePercent: numbers.restockingFeePercent,
    returnShippingFee: numbers.returnShippingFee,
    keepItemBelow: numbers.keepItemBelow,
    autoApprove: isAutoApproving
      ? {
          isEnabled: true,
          maxOrderTotal: numbers["autoApprove.maxOrderTotal"],
          reasons: current.autoApprove.reasons,
          customerTags: splitList(form["autoApprove.customerTags"]),
          maxReturnRatePercent: numbers["autoApprove.maxReturnRatePercent"],
        }
      : { ...current.autoApprove, isEnabled: false },
    limitPerCustomer: numbers.limitPerCustomer,
    limitDays: numbers.limitPerCustomer === null ? current.limitDays : numbers.limitDays,
    cancelWindowMinutes: numbers.cancelWindowMinutes,
  };
  const parsed = ReturnsPolicy.safeParse(input);
  const errors: ReturnsPolicyFormErrors = {};
  if (parsed.success && parsed.data.windowDays > 0 && parsed.data.resolutions.length === 0) errors.resolutions = { code: "choose_one" };
  if (parsed.success && !Object.keys(errors).length) return { ok: true, policy: parsed.data };
  for (const issue of parsed.success ? [] : parsed.error.issues) {
    // A list's own item ("excludedTags.3") is reported on the list.
    const field = issue.path.filter((part) => typeof part === "string").join(".") as ReturnsPolicyField;
    if (errors[field]) continue;
    errors[field] = fieldErrorOf(issue);
  }
  return { ok: false, errors };
}
