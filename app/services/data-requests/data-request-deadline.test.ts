import { describe, expect, it } from "vitest";
import { dataRequestDeadline } from "./data-request-deadline";

const requestedAt = new Date("2026-11-01T09:00:00Z");
const at = (iso: string) => new Date(iso);

describe("a data request's deadline", () => {
  it("falls 30 days after Shopify sent the request", () => {
    expect(dataRequestDeadline({ requestedAt, downloadedAt: null }, requestedAt).dueAt).toEqual(at("2026-12-01T09:00:00Z"));
  });

  it("is open with whole days left rounded up, then due soon in its last 7 days", () => {
    expect(dataRequestDeadline({ requestedAt, downloadedAt: null }, at("2026-11-02T10:00:00Z"))).toMatchObject({ state: "open", daysLeft: 29 });
    expect(dataRequestDeadline({ requestedAt, downloadedAt: null }, at("2026-11-23T09:00:00Z"))).toMatchObject({ state: "open", daysLeft: 8 });
    expect(dataRequestDeadline({ requestedAt, downloadedAt: null }, at("2026-11-24T09:00:00Z"))).toMatchObject({ state: "dueSoon", daysLeft: 7 });
    expect(dataRequestDeadline({ requestedAt, downloadedAt: null }, at("2026-12-01T08:59:59Z"))).toMatchObject({ state: "dueSoon", daysLeft: 1 });
  });

  it("is overdue from the deadline on, when nobody downloaded the export", () => {
    expect(dataRequestDeadline({ requestedAt, downloadedAt: null }, at("2026-12-01T09:00:00Z"))).toMatchObject({ state: "overdue", daysLeft: 0 });
    expect(dataRequestDeadline({ requestedAt, downloadedAt: null }, at("2026-12-05T09:00:00Z"))).toMatchObject({ state: "overdue", daysLeft: -4 });
  });

  it("is done once downloaded, even after the deadline", () => {
    const downloadedAt = at("2026-11-03T12:00:00Z");
    expect(dataRequestDeadline({ requestedAt, downloadedAt }, at("2026-11-04T09:00:00Z")).state).toBe("downloaded");
    expect(dataRequestDeadline({ requestedAt, downloadedAt }, at("2027-01-01T09:00:00Z")).state).toBe("downloaded");
  });
});
