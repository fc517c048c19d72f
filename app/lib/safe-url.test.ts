import { describe, expect, it } from "vitest";
import { safeHttpUrl } from "./safe-url";

describe("safeHttpUrl", () => {
  it("keeps absolute http(s) URLs, as the browser reads them", () => {
    expect(safeHttpUrl("https://www.ups.com/track?tracknum=1Z999")).toBe("https://www.ups.com/track?tracknum=1Z999");
    expect(safeHttpUrl("http://tracking.example/ABC")).toBe("http://tracking.example/ABC");
    expect(safeHttpUrl("  HTTPS://Post.Example/x y  ")).toBe("https://post.example/x%20y");
    expect(safeHttpUrl("https://配送.example/追跡")).toBe("https://xn--w83anz.example/%E8%BF%BD%E8%B7%A1");
  });

  it("refuses scripts, data, relative and disguised URLs", () => {
    for (const value of [
      "javascript:alert(document.cookie)",
      "JaVaScRiPt:alert(1)",
      "  javascript:alert(1)",
      "java\nscript:alert(1)",
      "java\tscript:alert(1)",
      "\u0001javascript:alert(1)",
      "&#106;avascript:alert(1)",
      "vbscript:msgbox(1)",
      "data:text/html,<script>alert(1)</script>",
      "blob:https://app.example/1",
      "file:///etc/passwd",
      "mailto:someone@example.com",
      "//evil.example/x",
      "/app/tickets/1",
      "tracking.example/ABC",
      "https://www.ups.com@evil.example/",
      "https://user:pass@evil.example/",
      "https://",
      "",
      "   ",
    ]) {
      expect(safeHttpUrl(value), JSON.stringify(value)).toBeNull();
    }
    for (const value of [null, undefined, 42, {}, ["https://x.example"]]) expect(safeHttpUrl(value)).toBeNull();
  });
});
