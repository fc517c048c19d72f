import { describe, expect, it } from "vitest";
import { measureSlaFigures, type SlaMoments } from "./sla-figures";

const opened = new Date("2026-12-01T09:00:00Z");
const ticket = (moments: Partial<SlaMoments>): SlaMoments => ({ status: "OPEN", createdAt: opened, firstResponseAt: null, resolvedAt: null, ...moments });

describe("a ticket's service-level figures", () => {
  it("has neither before anyone answers", () => {
    expect(measureSlaFigures(ticket({}))).toEqual({ firstResponseMs: null, resolutionMs: null });
  });

  it("measures the first response from the ticket's opening", () => {
    const figures = measureSlaFigures(ticket({ firstResponseAt: new Date("2026-12-01T10:30:00Z") }));
    expect(figures).toEqual({ firstResponseMs: 90 * 60_000, resolutionMs: null });
  });

  it("measures the resolution from the opening to the closing, for a closed ticket", () => {
    const figures = measureSlaFigures(ticket({ status: "CLOSED", firstResponseAt: new Date("2026-12-01T09:05:00Z"), resolvedAt: new Date("2026-12-02T09:00:00Z") }));
    expect(figures).toEqual({ firstResponseMs: 5 * 60_000, resolutionMs: 24 * 3_600_000 });
  });

  it("counts no resolution for a ticket that was closed and is open again", () => {
    for (const status of ["OPEN", "PENDING", "SNOOZED"] as const) {
      expect(measureSlaFigures(ticket({ status, resolvedAt: new Date("2026-12-02T09:00:00Z") })).resolutionMs).toBeNull();
    }
  });

  it("counts no resolution for a closed ticket without a closing time (closed before it was recorded)", () => {
    expect(measureSlaFigures(ticket({ status: "CLOSED" })).resolutionMs).toBeNull();
  });
});
