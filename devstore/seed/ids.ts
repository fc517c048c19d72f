import type { Random } from "./random.ts";

// Numeric ids in the ranges real Shopify ids fall in today; one allocator serves every shop, so
// ids are unique across shops, and ids grow with creation order as Shopify's do.
const ID_BASES: Record<string, number> = {
  Shop: 61_200_000_000,
  StaffMember: 81_400_000_000,
  AppInstallation: 612_300_000_000,
  Product: 8_901_000_000_000,
  ProductOption: 10_901_000_000_000,
  ProductOptionValue: 4_301_000_000_000,
  ProductVariant: 45_301_000_000_000,
  InventoryItem: 47_201_000_000_000,
  Customer: 7_401_000_000_000,
  MailingAddress: 9_101_000_000_000,
  Order: 6_201_000_000_000,
  LineItem: 15_801_000_000_000,
  ShippingLine: 5_101_000_000_000,
  Fulfillment: 5_301_000_000_000,
  FulfillmentLineItem: 12_601_000_000_000,
  Refund: 9_201_000_000_000,
  RefundLineItem: 5_901_000_000_000,
  OrderTransaction: 7_901_000_000_000,
};

export type IdAllocator = (type: string) => number;

export function createIdAllocator(random: Random): IdAllocator {
  const last = new Map<string, number>();
  return (type) => {
    const base = ID_BASES[type] ?? 1_000_000_000_000;
    const next = (last.get(type) ?? base) + random.int(1, 37);
    last.set(type, next);
    return next;
  };
}
