import { describe, expect, it } from "vitest";
import { signOf, subtractAmounts, sumAmounts } from "~/services/order-actions/decimal";
import { accessDeniedMessage } from "~/services/order-actions/order-action-errors";
import { ShippingAddressSchema } from "~/services/order-actions/shipping-address-schema";
import { AdminApiError } from "~/shopify/admin-client.server";

describe("decimal amounts", () => {
  it("adds and subtracts Shopify's decimal strings exactly, keeping the inputs' fraction digits", () => {
    expect(sumAmounts(["0.1", "0.2"])).toBe("0.3");
    expect(sumAmounts(["10.00", "2.5"])).toBe("12.50");
    expect(sumAmounts(["1200", "300"])).toBe("1500");
    expect(sumAmounts([])).toBe("0");
    expect(subtractAmounts("5.00", "12.35")).toBe("-7.35");
    expect(subtractAmounts("0.10", "0.1")).toBe("0.00");
    expect([signOf("-0.01"), signOf("0.00"), signOf("3")]).toEqual([-1, 0, 1]);
    expect(() => sumAmounts(["1,00"])).toThrow("Expected a decimal amount");
  });
});

describe("shipping address input", () => {
  it("requires last name, address, city and a country code, saying so per field, and drops blank optional fields", () => {
    const refused = ShippingAddressSchema.safeParse({ lastName: "", address1: " ", countryCode: "United States", zip: "" });
    expect(refused.success).toBe(false);
    expect(refused.error!.flatten().fieldErrors).toEqual({
      lastName: ["Enter a last name"],
      address1: ["Enter an address"],
      city: ["Enter a city"],
      countryCode: ["Select a country/region"],
    });
    expect(ShippingAddressSchema.parse({ lastName: " Lovelace ", address1: "1 Main St", address2: "", city: "Chicago", countryCode: "us" })).toEqual({
      lastName: "Lovelace",
      address1: "1 Main St",
      city: "Chicago",
      countryCode: "US",
    });
  });
});

describe("access denied", () => {
  it("reads the missing scope from Shopify's ACCESS_DENIED and names it in plain words", () => {
    const error = new AdminApiError([
      {
        message: "Access denied for orderEditBegin field. Required access: `write_order_edits` access scope.",
        path: ["orderEditBegin"],
        extensions: { code: "ACCESS_DENIED", requiredAccess: "`write_order_edits` access scope." },
      },
    ]);
    expect(error).toMatchObject({ code: "ACCESS_DENIED", requiredScope: "write_order_edits" });
    expect(accessDeniedMessage(error.requiredScope)).toBe("Frontdesk needs permission to edit orders (write_order_edits). Ask the store owner to update the app's access.");
    expect(accessDeniedMessage("write_orders")).toBe("Frontdesk needs permission to change, refund and cancel orders (write_orders). Ask the store owner to update the app's access.");
    expect(accessDeniedMessage(null)).toMatch(/^Shopify refused access/);
  });
});
