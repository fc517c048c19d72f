import { describe, expect, it } from "vitest";
import type { DevstoreServices } from "../server.ts";
import { createState } from "../state.ts";
import { renderAdminResourcePage } from "./admin-resource-page.ts";

const state = createState();
const services = { state, config: { name: "Frontdesk" } } as unknown as DevstoreServices;
const [first, second] = [...state.shops.values()];

describe("the devstore admin's order and customer pages", () => {
  it("shows an order by its numeric id: its name, lines, total and a link to its customer's page", () => {
    const order = first!.orders.find((candidate) => candidate.customer)!;
    const html = renderAdminResourcePage(services, first!, { resource: "orders", id: order.legacyResourceId, locale: "en" })!;
    expect(html).toContain(`<h1>${order.name}</h1>`);
    expect(html).toContain(order.lineItems[0]!.title.replace(/&/g, "&amp;"));
    expect(html).toContain(new Intl.NumberFormat("en", { style: "currency", currency: order.currencyCode }).format(Number(order.currentTotalPriceSet.shopMoney.amount)));
    expect(html).toContain(`/admin/store/${first!.handle}/customers/${order.customer!.legacyResourceId}?`);
  });

  it("shows a customer with their orders, each linking to its page, in the admin's language", () => {
    const customer = second!.customers.find((candidate) => second!.orders.some((order) => order.customer?.id === candidate.id))!;
    const html = renderAdminResourcePage(services, second!, { resource: "customers", id: customer.legacyResourceId, locale: "ja" })!;
    expect(html).toContain('<html lang="ja">');
    expect(html).toContain("顧客管理");
    for (const order of second!.orders.filter((each) => each.customer?.id === customer.id)) expect(html).toContain(`/admin/store/${second!.handle}/orders/${order.legacyResourceId}?`);
  });

  it("has no page for another shop's order, an unknown id or a GID", () => {
    const theirs = second!.orders[0]!;
    expect(renderAdminResourcePage(services, first!, { resource: "orders", id: theirs.legacyResourceId })).toBeNull();
    expect(renderAdminResourcePage(services, first!, { resource: "customers", id: "999999999999" })).toBeNull();
    expect(renderAdminResourcePage(services, first!, { resource: "orders", id: first!.orders[0]!.id })).toBeNull();
  });
});
