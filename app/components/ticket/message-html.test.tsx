import { AppProvider } from "@shopify/polaris";
import { renderToStaticMarkup } from "react-dom/server";
import { I18nextProvider } from "react-i18next";
import { describe, expect, it } from "vitest";
import { createI18n, type Locale } from "~/i18n";
import { polarisTranslations } from "~/polaris-translations.server";
import { MessageHtml } from "./message-html";

const noAttachment = () => Promise.reject(new Error("not in this test"));

function render(locale: Locale, html: string, remoteImagesHtml: string | null): string {
  return renderToStaticMarkup(
    <AppProvider i18n={polarisTranslations[locale]}>
      <I18nextProvider i18n={createI18n(locale)}>
        <MessageHtml html={html} remoteImagesHtml={remoteImagesHtml} loadAttachment={noAttachment} />
      </I18nextProvider>
    </AppProvider>,
  );
}

describe("a message's HTML on the ticket page", () => {
  it("first shows it without the sender's images, and offers them, in each admin language", () => {
    const blocked = `<p>Hello</p><img alt="" width="1" />`;
    const withImages = `<p>Hello</p><img alt="" width="1" src="https://tracker.example/open.gif" />`;
    const en = render("en", blocked, withImages);
    expect(en).toContain("<p>Hello</p>");
    expect(en).not.toContain("tracker.example");
    expect(en).toContain("Images from the sender are hidden");
    expect(en).toContain("Show images");
    expect(render("ja", blocked, withImages)).toContain("画像を表示");
    expect(render("th", blocked, withImages)).toContain("แสดงรูปภาพ");
  });

  it("offers nothing when the mail has no remote images", () => {
    expect(render("en", "<p>Hello</p>", null)).not.toContain("Show images");
  });
});
