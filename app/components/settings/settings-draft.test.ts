import { describe, expect, it } from "vitest";
import { isSameRepliesDraft, repliesDraftOf, repliesFormData } from "./settings-draft";

const loaded = repliesDraftOf({ signature: "The team", slaHours: { URGENT: 0.5, HIGH: 2, NORMAL: 12, LOW: 72 } });

describe("the replies draft", () => {
  it("is unchanged until a field differs from what was loaded", () => {
    expect(isSameRepliesDraft(loaded, repliesDraftOf({ signature: "The team", slaHours: { URGENT: 0.5, HIGH: 2, NORMAL: 12, LOW: 72 } }))).toBe(true);
    expect(isSameRepliesDraft(loaded, { ...loaded, signature: "The team!" })).toBe(false);
    expect(isSameRepliesDraft(loaded, { ...loaded, targets: { ...loaded.targets, LOW: "48" } })).toBe(false);
  });

  it("submits the fields the settings action reads", () => {
    expect(repliesFormData(loaded)).toEqual({ intent: "replies", signature: "The team", URGENT: "0.5", HIGH: "2", NORMAL: "12", LOW: "72" });
  });
});
