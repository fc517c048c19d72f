// The words of a return, for the server's schemas and the browser's pages alike: plain lists,
// so a page's bundle takes them without zod.

/** Shopify's ReturnStatus (prisma/schema.prisma, enum ReturnStatus). */
export const RETURN_STATUSES = ["REQUESTED", "OPEN", "DECLINED", "CLOSED", "CANCELED"] as const;
export type ReturnStatusName = (typeof RETURN_STATUSES)[number];

/** What a shopper may choose for a return: money back, credit, or another variant of the product. */
export const RETURN_RESOLUTIONS = ["refund", "store_credit", "exchange"] as const;
export type ReturnResolution = (typeof RETURN_RESOLUTIONS)[number];

/** Shopify's reasons to decline a return request (`ReturnDeclineReason`). */
export const RETURN_DECLINE_REASONS = ["FINAL_SALE", "RETURN_PERIOD_ENDED", "OTHER"] as const;
export type ReturnDeclineReasonName = (typeof RETURN_DECLINE_REASONS)[number];
