import { describe, expect, it } from "vitest";
import { sessionTokenOf, shopOfSessionToken } from "./session-token-shop";

describe("the shop a session token is for", () => {
  it("is the myshopify domain in dest", () => {
    expect(shopOfSessionToken({ dest: "https://maple-and-moss.myshopify.com" })).toBe("maple-and-moss.myshopify.com");
    expect(shopOfSessionToken({ dest: "https://Kumo-Tea.myshopify.com/" })).toBe("kumo-tea.myshopify.com");
  });

  it("is none for any other dest", () => {
    for (const dest of [
      undefined,
      null,
      42,
      "",
      "https://evil.example.com",
      "https://evil.shop.dev",
      "https://admin.shopify.com",
      "https://shop.myshopify.com.evil.example",
      "https://evil.example/shop.myshopify.com",
      "https://user@shop.myshopify.com",
      "https://shop.myshopify.com:8443",
      "https://shop.myshopify.com/admin",
      "http://shop.myshopify.com",
      "https://-shop.myshopify.com",
      "https://a.b.myshopify.com",
      "shop.myshopify.com",
    ]) {
      expect(shopOfSessionToken({ dest }), String(dest)).toBeNull();
    }
  });
});

describe("the session token of a request", () => {
  it("is App Bridge's bearer header, else the document's id_token", () => {
    expect(sessionTokenOf(new Request("https://app.test/app", { headers: { Authorization: "Bearer abc" } }))).toBe("abc");
    expect(sessionTokenOf(new Request("https://app.test/app?embedded=1&id_token=def"))).toBe("def");
    expect(sessionTokenOf(new Request("https://app.test/app"))).toBeNull();
  });
});
