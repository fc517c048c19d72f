/** Shopify's rule for compliance webhooks: complete the action within 30 days of receiving the request. */
export const DATA_REQUEST_DAYS = 30;

/** From this many days before the deadline, a request not handed over yet is flagged. */
export const DATA_REQUEST_WARNING_DAYS = 7;

const DAY_MS = 86_400_000;

/** downloaded: the merchant has the export · open · dueSoon: within the warning days · overdue: past the deadline. */
export type DataRequestState = "downloaded" | "open" | "dueSoon" | "overdue";

export interface DataRequestDeadline {
  dueAt: Date;
  state: DataRequestState;
  /** Whole days left until the deadline, rounded up; 0 or less once it has passed. */
  daysLeft: number;
}

/** When a data request must be answered by, and how it stands at `now`. */
export function dataRequestDeadline(request: { requestedAt: Date; downloadedAt: Date | null }, now: Date): DataRequestDeadline {
  const dueAt = new Date(request.requestedAt.getTime() + DATA_REQUEST_DAYS * DAY_MS);
  const daysLeft = Math.ceil((dueAt.getTime() - now.getTime()) / DAY_MS);
  const state: DataRequestState = request.downloadedAt
    ? "downloaded"
    : now.getTime() >= dueAt.getTime()
      ? "overdue"
      : daysLeft <= DATA_REQUEST_WARNING_DAYS
        ? "dueSoon"
        : "open";
  return { dueAt, state, daysLeft };
}
