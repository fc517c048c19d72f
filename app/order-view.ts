import type { Order } from "@prisma/client";

// An order of the mirror as the ticket page shows it: plain JSON for the browser, read from our
// own tables only (never a Shopify call on the read path).

export interface MirrorLineItem {
  shopifyId?: string;
  variantId?: string | null;
  title: string;
  variantTitle: string | null;
  sku?: string | null;
  quantity: number;
  currentQuantity?: number;
  unfulfilledQuantity?: number;
  price: string;
}

export interface MirrorFulfillment {
  status: string | null;
  createdAt: string;
  tracking: Array<{ company: string | null; number: string | null; url: string | null }>;
}

export interface MirrorRefund {
  shopifyId: string;
  createdAt: string;
  note: string | null;
  amount: string;
}

export interface MirrorAddress {
  name?: string | null;
  address1?: string | null;
  address2?: string | null;
  city?: string | null;
  province?: string | null;
  provinceCode?: string | null;
  zip?: string | null;
  country?: string | null;
  countryCodeV2?: string | null;
  phone?: string | null;
}

export function toOrderView(order: Order) {
  return {
    id: order.id,
    shopifyId: order.shopifyId.toString(),
    name: order.name,
    createdAt: order.shopifyCreatedAt.toISOString(),
    financialStatus: order.financialStatus,
    fulfillmentStatus: order.fulfillmentStatus,
    cancelled: order.cancelledAt !== null,
    cancelReason: order.cancelReason,
    currencyCode: order.currencyCode,
    subtotal: order.subtotal.toString(),
    totalTax: order.totalTax.toString(),
    totalShipping: order.totalShipping.toString(),
    total: order.total.toString(),
    totalRefunded: order.totalRefunded.toString(),
    lineItems: order.lineItems as unknown as MirrorLineItem[],
    fulfillments: order.fulfillments as unknown as MirrorFulfillment[],
    refunds: order.refunds as unknown as MirrorRefund[],
    shippingAddress: order.shippingAddress as MirrorAddress | null,
    tags: order.tags,
    note: order.note,
    /** As the mirror last saw the order: an action confirmed on an older view is refused. */
    updatedAt: order.shopifyUpdatedAt.toISOString(),
  };
}

export type OrderView = ReturnType<typeof toOrderView>;

/** An address as lines to print, without the empty parts. */
export function addressLines(address: MirrorAddress | null): string[] {
  if (!address) return [];
  return [address.name, address.address1, address.address2, [address.zip, address.city, address.province].filter(Boolean).join(" "), address.country, address.phone].filter(
    (line): line is string => Boolean(line && line.trim()),
  );
}
