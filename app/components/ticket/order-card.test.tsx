import { AppProvider } from "@shopify/polaris";
import { renderToStaticMarkup } from "react-dom/server";
import { I18nextProvider } from "react-i18next";
import { describe, expect, it } from "vitest";
import { createI18n } from "~/i18n";
import type { OrderView } from "~/order-view";
import { polarisTranslations } from "~/polaris-translations.server";
import { OrderCard } from "./order-card";

function order(tracking: OrderView["fulfillments"][number]["tracking"]): OrderView {
  return {
    id: "00000000-0000-4000-8000-000000000001",
    shopifyId: "1001",
    name: "#1001",
    createdAt: "2026-11-20T10:00:00Z",
    financialStatus: "PAID",
    fulfillmentStatus: "FULFILLED",
    cancelled: false,
    cancelReason: null,
    currencyCode: "USD",
    subtotal: "20.00",
    totalTax: "0.00",
    totalShipping: "5.00",
    total: "25.00",
    totalRefunded: "0.00",
    lineItems: [{ title: "Tea", variantTitle: null, quantity: 1, price: "20.00" }],
    fulfillments: [{ status: "SUCCESS", createdAt: "2026-11-21T10:00:00Z", tracking }],
    refunds: [],
    shippingAddress: null,
    tags: [],
    note: null,
    updatedAt: "2026-11-21T10:00:00Z",
  };
}

function render(view: OrderView): string {
  return renderToStaticMarkup(
    <AppProvider i18n={polarisTranslations.en}>
      <I18nextProvider i18n={createI18n("en")}>
        <OrderCard order={view} ticketId="00000000-0000-4000-8000-000000000002" />
      </I18nextProvider>
    </AppProvider>,
  );
}

describe("the order card's tracking", () => {
  it("links an http(s) tracking URL", () => {
    const html = render(order([{ company: "UPS", number: "1Z999", url: "https://www.ups.com/track?tracknum=1Z999" }]));
    expect(html).toMatch(/href="https:\/\/www\.ups\.com\/track\?tracknum=1Z999"/);
  });

  it("shows any other tracking URL from a webhook as text, never as a link", () => {
    for (const url of ["javascript:alert(document.cookie)", " JavaScript:alert(1)", "data:text/html,<script>alert(1)</script>", "//evil.example/x", "vbscript:msgbox(1)"]) {
      const html = render(order([{ company: "Evil Post", number: "666", url }]));
      expect(html, url).not.toMatch(/href="[^"]*(script|data|evil)/i);
      expect(html, url).toContain("Evil Post 666");
    }
  });
});
