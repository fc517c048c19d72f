import { z } from "zod";

/** Ticket intents (DESIGN.md "Classification labels"): the single source for the database values, the inbox filters, the UI strings (en, ja, th) and the classifier to come. */
export const TICKET_INTENTS = [
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
] as const;

/** Ticket sentiments (DESIGN.md "Classification labels"): the single source for the database values, the inbox filters, the UI strings (en, ja, th) and the classifier to come. */
export const TICKET_SENTIMENTS = ["promoter", "positive", "neutral", "negative", "angry"] as const;

// Marked pure: the inbox's filter bar reads the lists above in the browser, and an unused schema
// must not bring zod (about 12 KB gzipped) into its bundle.
export const TicketIntent = /* @__PURE__ */ z.enum(TICKET_INTENTS);
export type TicketIntent = z.infer<typeof TicketIntent>;

export const TicketSentiment = /* @__PURE__ */ z.enum(TICKET_SENTIMENTS);
export type TicketSentiment = z.infer<typeof TicketSentiment>;
