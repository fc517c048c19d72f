import { AppProvider } from "@shopify/polaris";
import { renderToStaticMarkup } from "react-dom/server";
import { I18nextProvider } from "react-i18next";
import { describe, expect, it } from "vitest";
import { createI18n, type Locale } from "~/i18n";
import { polarisTranslations } from "~/polaris-translations.server";
import { DataRequestTable, type DataRequestRow } from "./data-request-table";

const base = { shopifyRequestId: "77", customerShopifyId: "8701", requestedAt: "2026-11-01T09:00:00Z", dueAt: "2026-12-01T09:00:00Z", filename: "customer-data-request-77.json" };
const rows: DataRequestRow[] = [
  { ...base, id: "r1", customerEmail: "fumi@example.jp", daysLeft: 3, state: "dueSoon", downloadedAt: null },
  { ...base, id: "r2", customerEmail: null, daysLeft: -2, state: "overdue", downloadedAt: null },
  { ...base, id: "r3", customerEmail: "gus@example.com", daysLeft: 20, state: "downloaded", downloadedAt: "2026-11-05T09:00:00Z" },
];

function render(locale: Locale, requests = rows): string {
  const html = renderToStaticMarkup(
    <AppProvider i18n={polarisTranslations[locale]}>
      <I18nextProvider i18n={createI18n(locale)}>
        <DataRequestTable requests={requests} timezone="UTC" onDownloaded={() => {}} />
      </I18nextProvider>
    </AppProvider>,
  );
  return html.replace(/<[^>]+>/g, " ").replace(/\s+/g, " ");
}

describe("the data requests table", () => {
  it("shows each request's customer, deadline and whether it was handed over, in English", () => {
    const text = render("en");
    expect(text).toContain("fumi@example.jp");
    expect(text).toContain("Shopify customer 8701");
    expect(text).toContain("Due in 3 days");
    expect(text).toContain("Overdue");
    expect(text).toContain("Downloaded Nov 5, 2026");
    expect(text).toContain("Dec 1, 2026");
  });

  it("speaks Japanese and Thai, and says when there is nothing yet", () => {
    expect(render("ja")).toContain("期限まであと 3 日");
    expect(render("th")).toContain("เลยกำหนด");
    expect(render("en", [])).toContain("No data requests yet.");
  });
});
