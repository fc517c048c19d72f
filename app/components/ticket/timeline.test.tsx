import { renderToStaticMarkup } from "react-dom/server";
import { I18nextProvider } from "react-i18next";
import { describe, expect, it } from "vitest";
import { createI18n, type Locale } from "~/i18n";
import { ActivityLine, type TimelineActivity } from "./timeline";

function line(locale: Locale, activity: Pick<TimelineActivity, "kind" | "data">): string {
  const html = renderToStaticMarkup(
    <I18nextProvider i18n={createI18n(locale)}>
      <ActivityLine activity={{ id: "a1", actorName: null, actorType: "system", createdAt: "2026-12-01T10:00:00Z", ...activity }} />
    </I18nextProvider>,
  );
  return html.replace(/<[^>]+>/g, " ").replace(/&#x27;/g, "'").replace(/\s+/g, " ");
}

describe("the timeline's lines for Shopify deletes", () => {
  it("says an order was deleted, naming it, in each admin language", () => {
    const deleted = { kind: "order_deleted" as const, data: { orderName: "#1401", orderShopifyId: "9401" } };
    expect(line("en", deleted)).toContain("Shopify · order #1401 deleted");
    expect(line("ja", deleted)).toContain("注文 #1401 が削除されました");
    expect(line("th", deleted)).toContain("คำสั่งซื้อ #1401 ถูกลบแล้ว");
  });

  it("says the customer's profile was deleted and the conversation stays, in each admin language", () => {
    const deleted = { kind: "customer_deleted" as const, data: { customerShopifyId: "8301" } };
    expect(line("en", deleted)).toContain("deleted the customer's profile; this conversation stays");
    expect(line("ja", deleted)).toContain("顧客プロフィールが削除されました");
    expect(line("th", deleted)).toContain("ลบโปรไฟล์ลูกค้าแล้ว");
    for (const locale of ["en", "ja", "th"] as const) expect(line(locale, deleted)).not.toContain("customer deleted");
  });
});

describe("the timeline's line for a bounced reply", () => {
  it("says which reply did not arrive and what the receiving server said, as the mail system, in each admin language", () => {
    const bounced = { kind: "reply_undelivered" as const, data: { messageId: "m1", recipient: "harper@example.net", status: "5.1.1", diagnostic: "550 5.1.1 User unknown" } };
    expect(line("en", bounced)).toContain("Mail delivery · the reply to harper@example.net was not delivered: 550 5.1.1 User unknown");
    expect(line("ja", bounced)).toContain("harper@example.net への返信は配信されませんでした：550 5.1.1 User unknown");
    expect(line("th", bounced)).toContain("ส่งคำตอบถึง harper@example.net ไม่สำเร็จ: 550 5.1.1 User unknown");
    const bare = { kind: "reply_undelivered" as const, data: { messageId: "m1", recipient: null, status: "5.2.2", diagnostic: null } };
    expect(line("en", bare)).toContain("the reply to the customer was not delivered: 5.2.2");
    for (const locale of ["en", "ja", "th"] as const) expect(line(locale, bare)).not.toContain("Shopify");
  });
});
