import { describe, expect, it } from "vitest";
import { createI18n, resolveLocale } from "./i18n";
import en from "./locales/en.json";
import ja from "./locales/ja.json";
import th from "./locales/th.json";

function keys(value: unknown, prefix = ""): string[] {
  if (typeof value !== "object" || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, child]) => keys(child, prefix ? `${prefix}.${key}` : key));
}

describe("admin languages", () => {
  it("maps Shopify admin locales to the languages we speak", () => {
    expect(resolveLocale("ja")).toBe("ja");
    expect(resolveLocale("th-TH")).toBe("th");
    expect(resolveLocale("en-GB")).toBe("en");
    expect(resolveLocale("fr")).toBe("en");
    expect(resolveLocale(null)).toBe("en");
  });

  it("has every English string in Japanese and Thai", () => {
    expect(keys(ja).sort()).toEqual(keys(en).sort());
    expect(keys(th).sort()).toEqual(keys(en).sort());
  });

  it("translates synchronously, for server rendering", () => {
    expect(createI18n("ja").t("nav.inbox")).toBe("受信トレイ");
    expect(createI18n("th").t("nav.settings")).toBe("การตั้งค่า");
  });
});
