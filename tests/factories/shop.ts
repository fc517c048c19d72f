import { randomUUID } from "node:crypto";

/** A shop domain no other test uses, so tests sharing a worker's database stay apart. */
export function uniqueShopDomain(prefix = "test"): string {
  return `${prefix}-${randomUUID().slice(0, 8)}.myshopify.com`;
}
