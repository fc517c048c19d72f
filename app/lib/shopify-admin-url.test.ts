import { describe, expect, it } from "vitest";
import { shopifyAdminUrl } from "./shopify-admin-url";

describe("shopifyAdminUrl", () => {
  it("links an order or a customer by its numeric id, given as a string, a bigint or a GID", () => {
    expect(shopifyAdminUrl("orders", "5611001")).toBe("shopify://admin/orders/5611001");
    expect(shopifyAdminUrl("customers", 8301n)).toBe("shopify://admin/customers/8301");
    expect(shopifyAdminUrl("orders", "gid://shopify/Order/5611001")).toBe("shopify://admin/orders/5611001");
  });

  it("gives no link for a missing or malformed id", () => {
    for (const id of [null, undefined, "", "0", "12a", "../settings", "5611001/refund", "gid://shopify/Order/", " 42"]) expect(shopifyAdminUrl("orders", id)).toBeNull();
  });
});
