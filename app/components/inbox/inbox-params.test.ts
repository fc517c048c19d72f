import { describe, expect, it } from "vitest";
import { withParams } from "./inbox-params";

describe("the inbox's URL parameters", () => {
  const current = new URLSearchParams({ view: "open", language: "ja", after: "cursor-a", before: "cursor-b" });

  it("sets and removes parameters, back on the first page", () => {
    expect(withParams(current, { language: "fr", q: "refund" }).toString()).toBe("view=open&language=fr&q=refund");
    expect(withParams(current, { language: null }).toString()).toBe("view=open");
  });

  it("keeps the page's cursors when asked (paging itself)", () => {
    expect(withParams(current, { before: null }, true).toString()).toBe("view=open&language=ja&after=cursor-a");
  });

  it("leaves the parameters it was given as they were", () => {
    withParams(current, { view: "closed" });
    expect(current.get("view")).toBe("open");
    expect(current.get("after")).toBe("cursor-a");
  });
});
