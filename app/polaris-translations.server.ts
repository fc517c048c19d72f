import en from "@shopify/polaris/locales/en.json";
import ja from "@shopify/polaris/locales/ja.json";
import th from "@shopify/polaris/locales/th.json";
import type { Locale } from "./i18n";

/** Polaris's own strings (pagination, filters, …) for the admin's locale. */
export const polarisTranslations: Record<Locale, typeof en> = { en, ja, th };
