import { KUMO_TEA_CATALOG, MAPLE_AND_MOSS_CATALOG, type CatalogProduct } from "./catalog.ts";
import { JAPANESE_ADDRESSES, THAI_ADDRESSES, US_ADDRESSES, type AddressTemplate } from "./people.ts";

export type CustomerOrigin = "english" | "japanese" | "thai" | "thai-latin";

export interface StaffSeed {
  firstName: string;
  lastName: string;
  email: string;
  locale: string;
  isShopOwner: boolean;
  /** Order permissions in Shopify admin; every one when omitted. */
  permissions?: Array<"EDIT_ORDERS" | "REFUND_ORDERS" | "MANAGE_ORDERS">;
}

export interface ShopSeed {
  handle: string;
  name: string;
  email: string;
  currency: string;
  /** A second currency some shoppers pay in, at this many units per shop unit. */
  foreignCurrency: { currency: string; rate: number };
  ianaTimezone: string;
  timezoneAbbreviation: string;
  timezoneOffsetMinutes: number;
  locale: string;
  weightUnit: string;
  unitSystem: string;
  taxesIncluded: boolean;
  taxRate: number;
  taxTitle: string;
  shipping: { title: string; code: string; price: number; freeOver: number };
  homeAddresses: AddressTemplate;
  moneyFormat: string;
  moneyWithCurrencyFormat: string;
  staff: StaffSeed[];
  catalog: CatalogProduct[];
  /** How the shop's ~60 customers split by origin (sums to the count). */
  customerMix: Record<CustomerOrigin, number>;
  carriers: Carrier[];
  orderNotes: string[];
  refundNotes: string[];
  customerTags: string[];
}

export interface Carrier {
  company: string;
  trackingNumber: (digits: (length: number) => string) => string;
  trackingUrl: (number: string) => string;
}

const US_CARRIERS: Carrier[] = [
  { company: "UPS", trackingNumber: (digits) => `1Z${digits(6)}03${digits(8)}`, trackingUrl: (n) => `https://www.ups.com/track?tracknum=${n}` },
  { company: "USPS", trackingNumber: (digits) => `9400${digits(18)}`, trackingUrl: (n) => `https://tools.usps.com/go/TrackConfirmAction?tLabels=${n}` },
  { company: "FedEx", trackingNumber: (digits) => digits(12), trackingUrl: (n) => `https://www.fedex.com/fedextrack/?trknbr=${n}` },
];

const JAPANESE_CARRIERS: Carrier[] = [
  { company: "Yamato (JA)", trackingNumber: (digits) => digits(12), trackingUrl: (n) => `https://toi.kuronekoyamato.co.jp/cgi-bin/tneko?number00=1&number01=${n}` },
  { company: "Japan Post (JA)", trackingNumber: (digits) => digits(11), trackingUrl: (n) => `https://trackings.post.japanpost.jp/services/srv/search/direct?reqCodeNo1=${n}` },
  { company: "Sagawa (JA)", trackingNumber: (digits) => digits(12), trackingUrl: (n) => `https://k2k.sagawa-exp.co.jp/p/web/okurijosearch.do?okurijoNo=${n}` },
];

export const SHOP_SEEDS: ShopSeed[] = [
  {
    handle: "maple-and-moss",
    name: "Maple & Moss",
    email: "hello@mapleandmoss.example.com",
    currency: "USD",
    foreignCurrency: { currency: "CAD", rate: 1.38 },
    ianaTimezone: "America/New_York",
    timezoneAbbreviation: "EST",
    timezoneOffsetMinutes: -300,
    locale: "en",
    weightUnit: "POUNDS",
    unitSystem: "IMPERIAL_SYSTEM",
    taxesIncluded: false,
    taxRate: 0.08,
    taxTitle: "NY State Tax",
    shipping: { title: "Standard Shipping", code: "Standard", price: 800, freeOver: 7500 },
    homeAddresses: US_ADDRESSES,
    moneyFormat: "${{amount}}",
    moneyWithCurrencyFormat: "${{amount}} USD",
    staff: [
      { firstName: "Alex", lastName: "Rivera", email: "alex@mapleandmoss.example.com", locale: "en", isShopOwner: true },
      { firstName: "Priya", lastName: "Shah", email: "priya@mapleandmoss.example.com", locale: "en", isShopOwner: false },
      // A support agent who answers customers but may not change their orders.
      { firstName: "Nattaya", lastName: "Srisuk", email: "nattaya@mapleandmoss.example.com", locale: "th", isShopOwner: false, permissions: [] },
    ],
    catalog: MAPLE_AND_MOSS_CATALOG,
    customerMix: { english: 38, japanese: 10, thai: 8, "thai-latin": 4 },
    carriers: US_CARRIERS,
    orderNotes: ["Please gift wrap, it's a birthday present.", "Leave at the back door.", "Can you ship before Friday?", "No invoice in the box, please."],
    refundNotes: ["Returned: wrong size", "Damaged in transit", "Customer changed their mind", "Item arrived late"],
    customerTags: ["VIP", "newsletter", "repeat-buyer", "wholesale", "gift-buyer", "returns-risk"],
  },
  {
    handle: "kumo-tea",
    name: "Kumo Tea 雲茶",
    email: "info@kumotea.example.com",
    currency: "JPY",
    foreignCurrency: { currency: "USD", rate: 0.0066 },
    ianaTimezone: "Asia/Tokyo",
    timezoneAbbreviation: "JST",
    timezoneOffsetMinutes: 540,
    locale: "ja",
    weightUnit: "GRAMS",
    unitSystem: "METRIC_SYSTEM",
    taxesIncluded: true,
    taxRate: 0.08,
    taxTitle: "消費税",
    shipping: { title: "通常配送", code: "通常配送", price: 600, freeOver: 5000 },
    homeAddresses: JAPANESE_ADDRESSES,
    moneyFormat: "¥{{amount_no_decimals}}",
    moneyWithCurrencyFormat: "¥{{amount_no_decimals}} JPY",
    staff: [
      { firstName: "花子", lastName: "山田", email: "hanako@kumotea.example.com", locale: "ja", isShopOwner: true },
      { firstName: "健太", lastName: "鈴木", email: "kenta@kumotea.example.com", locale: "ja", isShopOwner: false },
      { firstName: "Emma", lastName: "Clarke", email: "emma@kumotea.example.com", locale: "en", isShopOwner: false, permissions: ["EDIT_ORDERS"] },
    ],
    catalog: KUMO_TEA_CATALOG,
    customerMix: { english: 10, japanese: 40, thai: 7, "thai-latin": 3 },
    carriers: JAPANESE_CARRIERS,
    orderNotes: ["のし紙をお願いします（御歳暮）。", "午前中の配達を希望します。", "ギフト用の紙袋を同封してください。", "กรุณาห่อของขวัญด้วยค่ะ"],
    refundNotes: ["破損のため返金", "お客様都合によるキャンセル", "在庫切れ", "配送遅延のため一部返金"],
    customerTags: ["VIP", "定期便", "ニュースレター", "リピーター", "法人"],
  },
];

export const ADDRESSES_BY_ORIGIN: Record<CustomerOrigin, AddressTemplate> = {
  english: US_ADDRESSES,
  japanese: JAPANESE_ADDRESSES,
  thai: THAI_ADDRESSES,
  "thai-latin": THAI_ADDRESSES,
};
