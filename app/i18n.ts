import { createInstance, type i18n as I18n } from "i18next";
import en from "./locales/en.json";
import ja from "./locales/ja.json";
import th from "./locales/th.json";

export const SUPPORTED_LOCALES = ["en", "ja", "th"] as const;
export type Locale = (typeof SUPPORTED_LOCALES)[number];

const resources = { en, ja, th } satisfies Record<Locale, typeof en>;

/** Maps a Shopify admin locale ("ja", "th-TH", "en-GB", …) to one we speak, English otherwise. */
export function resolveLocale(input: string | null | undefined): Locale {
  const language = (input ?? "").toLowerCase().split(/[-_]/)[0];
  return (SUPPORTED_LOCALES as readonly string[]).includes(language ?? "") ? (language as Locale) : "en";
}

/** An i18next instance for one locale, initialised synchronously so server and client render alike. */
export function createI18n(locale: Locale): I18n {
  const instance = createInstance();
  void instance.init({
    lng: locale,
    fallbackLng: "en",
    resources: { [locale]: { translation: resources[locale] }, en: { translation: resources.en } },
    interpolation: { escapeValue: false },
    initImmediate: false,
    showSupportNotice: false,
  });
  return instance;
}
