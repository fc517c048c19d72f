import { AppProvider } from "@shopify/polaris";
import { renderToStaticMarkup } from "react-dom/server";
import { I18nextProvider } from "react-i18next";
import { describe, expect, it } from "vitest";
import { createI18n, type Locale } from "~/i18n";
import { polarisTranslations } from "~/polaris-translations.server";
import type { FilteredEmailRow } from "~/schemas/filtered-email";
import { FilteredMailTable } from "./filtered-mail-table";

const rows: FilteredEmailRow[] = [
  { id: "f1", receivedAt: "2026-12-01T09:00:00Z", fromAddress: "no-reply@marketplace.example", fromName: "Marketplace", subject: "Question about order #1042", reason: "no_reply_sender", detail: "sent from no-reply@marketplace.example", ticket: null },
  { id: "f2", receivedAt: "2026-12-01T10:00:00Z", fromAddress: "mailer-daemon@mx.example.net", fromName: null, subject: "", reason: "bounce", detail: "multipart/report; report-type=delivery-status", ticket: { id: "t1", number: 1042 } },
];

function render(locale: Locale, emails = rows): string {
  const html = renderToStaticMarkup(
    <AppProvider i18n={polarisTranslations[locale]}>
      <I18nextProvider i18n={createI18n(locale)}>
        <FilteredMailTable emails={emails} days={30} busyId={null} onCreateTicket={() => {}} />
      </I18nextProvider>
    </AppProvider>,
  );
  return html.replace(/<[^>]+>/g, " ").replace(/&quot;/g, '"').replace(/\s+/g, " ");
}

describe("the filtered mail table", () => {
  it("shows who sent each mail, why it was filtered, and a ticket or the button that makes one, in English", () => {
    const text = render("en");
    expect(text).toContain("Marketplace no-reply@marketplace.example");
    expect(text).toContain("No-reply sender sent from no-reply@marketplace.example");
    expect(text).toContain("Delivery failure notice");
    expect(text).toContain("(no subject)");
    expect(text).toContain("Create ticket");
    expect(text).toContain("Ticket #1042");
  });

  it("speaks Japanese and Thai, and says when nothing was filtered", () => {
    expect(render("ja")).toContain("no-reply の送信者");
    expect(render("ja")).toContain("チケットを作成");
    expect(render("th")).toContain("แจ้งการส่งไม่สำเร็จ");
    expect(render("th")).toContain("ตั๋ว #1042");
    expect(render("en", [])).toContain("No mail was filtered in the last 30 days.");
  });
});
