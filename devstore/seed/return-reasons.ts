import type { LegacyReturnReason } from "../objects.ts";

// Shopify's return reason library (ReturnReasonDefinition, 2026-01 onwards): one global list, the
// same in every shop, with stable ids and handles and names localized per request. The entries
// below are the taxonomy's own: ids, handles and English names from Shopify/product-taxonomy
// data/return_reasons.yml, Japanese and Thai names from data/localizations/return_reasons/{ja,th}.yml;
// ids 1-10 are also what live Shopify answers first (airhorns/shopify-draft-proxy,
// fixtures/conformance/…/2026-04/orders/return-reason-validation.json). The devstore carries the
// general reasons and the few a clothing or tea shop would be offered, not all 470.

export interface ReturnReasonSeed {
  id: number;
  handle: string;
  names: { en: string; ja: string; th: string };
  deleted: boolean;
  /** What the deprecated ReturnReason enum says for this reason (ReturnLineItem.returnReason, webhooks). */
  legacy: LegacyReturnReason;
}

// Guess: how Shopify maps definitions to the legacy enum (the enum's values name the same ten ideas).
export const RETURN_REASONS: readonly ReturnReasonSeed[] = [
  { id: 1, handle: "unknown", names: { en: "Unknown", ja: "不明", th: "ไม่ทราบสาเหตุ" }, deleted: false, legacy: "UNKNOWN" },
  { id: 2, handle: "changed-my-mind", names: { en: "Changed my mind", ja: "不要になった", th: "เปลี่ยนใจ" }, deleted: false, legacy: "UNWANTED" },
  { id: 3, handle: "item-not-as-described", names: { en: "Item not as described", ja: "商品説明と異なる", th: "สินค้าไม่ตรงตามคำอธิบาย" }, deleted: false, legacy: "NOT_AS_DESCRIBED" },
  { id: 4, handle: "received-the-wrong-item", names: { en: "Received the wrong item", ja: "注文と違う商品が届いた", th: "ได้รับสินค้าผิดชิ้น" }, deleted: false, legacy: "WRONG_ITEM" },
  { id: 5, handle: "other-reason", names: { en: "Other", ja: "その他", th: "อื่น ๆ" }, deleted: false, legacy: "OTHER" },
  { id: 6, handle: "damaged-or-defective", names: { en: "Damaged or defective", ja: "破損・不良品", th: "เสียหายหรือมีตำหนิ" }, deleted: false, legacy: "DEFECTIVE" },
  { id: 7, handle: "too-small", names: { en: "Too small", ja: "小さすぎる", th: "เล็กเกินไป" }, deleted: false, legacy: "SIZE_TOO_SMALL" },
  { id: 8, handle: "too-big", names: { en: "Too big", ja: "大きすぎる", th: "ใหญ่เกินไป" }, deleted: false, legacy: "SIZE_TOO_LARGE" },
  { id: 9, handle: "style", names: { en: "Style", ja: "スタイル", th: "สไตล์" }, deleted: false, legacy: "STYLE" },
  { id: 10, handle: "color", names: { en: "Color", ja: "色", th: "สี" }, deleted: false, legacy: "COLOR" },
  // Guess: "Animal refused" is the one marked deleted here, as the taxonomy later added "Pet refused"
  // (394) with the same meaning; Shopify does not say which reasons it has deleted.
  { id: 21, handle: "animal-refused", names: { en: "Animal refused", ja: "ペットが気に入らなかった", th: "สัตว์เลี้ยงไม่ยอมใช้" }, deleted: true, legacy: "OTHER" },
  { id: 24, handle: "arrived-late", names: { en: "Arrived late", ja: "到着が遅れた", th: "ได้รับสินค้าล่าช้า" }, deleted: false, legacy: "OTHER" },
  { id: 389, handle: "ordered-wrong-item", names: { en: "Ordered wrong item", ja: "間違った商品を注文した", th: "สั่งซื้อผิดรายการ" }, deleted: false, legacy: "OTHER" },
  { id: 402, handle: "quality", names: { en: "Quality", ja: "品質", th: "คุณภาพ" }, deleted: false, legacy: "OTHER" },
  { id: 437, handle: "too-bitter", names: { en: "Too bitter", ja: "苦すぎる", th: "ขมเกินไป" }, deleted: false, legacy: "OTHER" },
];

export type ReasonLanguage = keyof ReturnReasonSeed["names"];

/** The definition a legacy `returnReason` input stands for (Guess: Shopify records the matching definition). */
export function findReasonForLegacy(reason: LegacyReturnReason): ReturnReasonSeed {
  return RETURN_REASONS.find((entry) => entry.legacy === reason && entry.id <= 10) ?? RETURN_REASONS.find((entry) => entry.handle === "other-reason")!;
}
