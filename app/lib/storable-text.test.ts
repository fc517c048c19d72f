import { describe, expect, it } from "vitest";
import { toStorableText } from "./storable-text";

describe("toStorableText", () => {
  it("replaces NUL and lone surrogates, and keeps pairs, Japanese and Thai as they are", () => {
    expect(toStorableText("a\u0000b")).toBe("a\uFFFDb");
    expect(toStorableText("a\u0000b", "\\u0000")).toBe("a\\u0000b");
    expect(toStorableText("x\ud800y\udc00z")).toBe("x\uFFFDy\uFFFDz");
    expect(toStorableText("配送 ขอบคุณ 😀")).toBe("配送 ขอบคุณ 😀");
  });
});
