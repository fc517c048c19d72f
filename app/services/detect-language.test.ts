import { describe, expect, it } from "vitest";
import { detectLanguage } from "./detect-language";

describe("detectLanguage", () => {
  it("recognises Japanese and Thai from a few characters, by their scripts", () => {
    expect(detectLanguage("注文した商品がまだ届いていません。")).toBe("ja");
    expect(detectLanguage("สินค้ายังไม่มาถึงครับ")).toBe("th");
    expect(detectLanguage("Hello, my order has not arrived yet and it has been two weeks.")).toBe("en");
  });

  it("reads only the customer's own words: quoted lines are the other side's", () => {
    const reply = [
      "注文した商品がまだ届いていません。確認していただけますか。",
      "> Hello, thank you for your order. Your parcel has been shipped and should arrive soon.",
      "> Please let us know if there is anything else we can help you with today.",
    ].join("\n");
    expect(detectLanguage(reply)).toBe("ja");
  });

  it("stops at the quoted reply's header, in English and in Japanese mail clients", () => {
    const english = [
      "My parcel has still not arrived, could you please check where it is?",
      "On Mon, 1 Dec 2026 at 10:00, Maple & Moss <support@maple.example> wrote:",
      "ご注文ありがとうございます。商品は発送済みです。到着まで今しばらくお待ちください。",
    ].join("\n");
    expect(detectLanguage(english)).toBe("en");
    const japanese = [
      "My parcel has still not arrived, could you please check where it is?",
      "2026年12月1日(月) 10:00 Maple & Moss <support@maple.example>:書きました:",
      "ご注文ありがとうございます。商品は発送済みです。到着まで今しばらくお待ちください。",
    ].join("\n");
    expect(detectLanguage(japanese)).toBe("en");
    const forwarded = ["My parcel has still not arrived, could you please check where it is?", "----- Original Message -----", "ご注文ありがとうございます。商品は発送済みです。"].join("\n");
    expect(detectLanguage(forwarded)).toBe("en");
  });

  it("skips quoted lines however the mail client writes them: indented, nested, with CRLF line ends", () => {
    const reply = [
      "注文した商品がまだ届いていません。確認していただけますか。",
      "  > Hello, thank you for your order. Your parcel has been shipped and should arrive soon.",
      ">> Please let us know if there is anything else we can help you with today.",
      "> > We are always happy to help with anything about your order or our shop.",
    ].join("\r\n");
    expect(detectLanguage(reply)).toBe("ja");
  });

  it("keeps the customer's words written between quoted lines (an inline reply)", () => {
    const inline = [
      "> Could you tell us which item arrived damaged, and send a photo of it?",
      "マグカップが割れていました。写真を添付します。",
      "> And would you like a replacement or a refund for it?",
      "交換をお願いします。",
    ].join("\n");
    expect(detectLanguage(inline, "en-US")).toBe("ja");
  });

  it("stops only at a whole header line: a sentence that starts with \"On\" is the customer's", () => {
    const sentence = ["On Monday the parcel came, and the mug inside was broken.", "Could you send a new one or refund it, please?"].join("\n");
    expect(detectLanguage(sentence, "ja-JP")).toBe("en");
  });

  it("stops at a Japanese mail client's header that says wrote: in English", () => {
    const reply = [
      "注文した商品がまだ届いていません。確認していただけますか。",
      "2026年12月1日(月) 10:00 Maple & Moss <support@maple.example> wrote:",
      "Thank you for your order. Your parcel has been shipped and should arrive soon, we hope you enjoy it.",
    ].join("\n");
    expect(detectLanguage(reply)).toBe("ja");
  });

  it("falls back to the Shopify locale's language when the words say too little", () => {
    expect(detectLanguage("", "ja-JP")).toBe("ja");
    expect(detectLanguage("?", "pt_BR")).toBe("pt");
    expect(detectLanguage("ok", "TH")).toBe("th");
    expect(detectLanguage("は", "zh-Hant-TW")).toBe("zh");
    expect(detectLanguage(" \n\t\n ", "fr-CA")).toBe("fr");
    // Only quoted words: nothing of the customer's own.
    expect(detectLanguage("> ご注文ありがとうございます。商品は発送済みです。", "en-US")).toBe("en");
  });

  it("is null with nothing to go on", () => {
    expect(detectLanguage("")).toBeNull();
    expect(detectLanguage("", null)).toBeNull();
    expect(detectLanguage("", "")).toBeNull();
  });
});
