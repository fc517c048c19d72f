/**
 * What a ticket is about and how the customer feels, filled by the intent and sentiment
 * classifier (a later piece of work); the inbox shows and filters them when set.
 */
export const TICKET_INTENTS = ["where_is_my_order", "return_request", "exchange", "cancel_order", "change_address", "product_question", "complaint", "other"] as const;
export const TICKET_SENTIMENTS = ["positive", "neutral", "negative"] as const;
export type TicketIntent = (typeof TICKET_INTENTS)[number];
export type TicketSentiment = (typeof TICKET_SENTIMENTS)[number];
