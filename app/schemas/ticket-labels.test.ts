import { describe, expect, it } from "vitest";
import en from "~/locales/en.json";
import ja from "~/locales/ja.json";
import th from "~/locales/th.json";
import { TICKET_INTENTS, TICKET_SENTIMENTS, TicketIntent, TicketSentiment } from "./ticket-labels";

describe("ticket labels", () => {
  it("are exactly DESIGN.md's classification labels, in its order", () => {
    expect(TICKET_INTENTS).toEqual([
      "order_status",
      "delivery_problem",
      "product_issue",
      "return_request",
      "refund_request",
      "cancel_order",
      "change_order",
      "billing_payment",
      "product_question",
      "subscription",
      "feedback",
      "other",
    ]);
    expect(TICKET_SENTIMENTS).toEqual(["promoter", "positive", "neutral", "negative", "angry"]);
  });

  it.each([
    ["en", en],
    ["ja", ja],
    ["th", th],
  ] as const)("has a string in %s for every label, and none for a label that is gone", (_, locale) => {
    const intents: Record<string, unknown> = locale.intents;
    const sentiments: Record<string, unknown> = locale.sentiments;
    expect(Object.keys(intents).sort()).toEqual([...TICKET_INTENTS].sort());
    expect(Object.keys(sentiments).sort()).toEqual([...TICKET_SENTIMENTS].sort());
    for (const label of [...Object.values(intents), ...Object.values(sentiments)]) {
      expect(typeof label === "string" && label.trim().length > 0).toBe(true);
    }
  });

  it("refuses the labels they replaced", () => {
    for (const old of ["where_is_my_order", "exchange", "change_address", "complaint"]) {
      expect(TicketIntent.safeParse(old).success).toBe(false);
    }
    expect(TicketSentiment.safeParse("complaint").success).toBe(false);
    expect(TicketSentiment.safeParse("happy").success).toBe(false);
    expect(TicketIntent.parse("order_status")).toBe("order_status");
    expect(TicketSentiment.parse("angry")).toBe("angry");
  });
});
