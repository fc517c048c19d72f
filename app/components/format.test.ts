import { describe, expect, it } from "vitest";
import { formatCount, formatDuration, formatRelative } from "./format";

describe("formatting times for agents", () => {
  it("gives a duration to its two largest units, in each language", () => {
    expect(formatDuration(2 * 3_600_000 + 5 * 60_000, "en")).toBe("2 hr 5 min");
    expect(formatDuration(3 * 86_400_000 + 4 * 3_600_000 + 59 * 60_000, "en")).toBe("3 days 4 hr");
    expect(formatDuration(20_000, "en")).toBe("0 min");
    expect(formatDuration(26 * 3_600_000, "ja")).toBe("1 日2 時間");
  });

  it("says how far a due time is from the loader's now", () => {
    const now = "2026-11-26T12:00:00Z";
    expect(formatRelative("2026-11-26T15:00:00Z", now, "en")).toBe("in 3 hours");
    expect(formatRelative("2026-11-26T11:35:00Z", now, "en")).toBe("25 minutes ago");
  });
});

describe("formatting capped counts", () => {
  it("shows the count below the cap and the cap with a plus above it", () => {
    expect(formatCount(0, 1000, "en")).toBe("0");
    expect(formatCount(1000, 1000, "en")).toBe("1,000");
    expect(formatCount(1001, 1000, "en")).toBe("1,000+");
    expect(formatCount(1001, 1000, "th")).toBe("1,000+");
  });
});
