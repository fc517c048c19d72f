import { toGid, toMoney, type Customer, type Location, type Order, type Product, type Shop, type StaffMember } from "../objects.ts";
import { parseMinor } from "../objects.ts";
import { buildProducts } from "./build-catalog.ts";
import { buildCustomers } from "./build-customers.ts";
import { buildOrders } from "./build-orders.ts";
import { createIdAllocator, type IdAllocator } from "./ids.ts";
import { createRandom } from "./random.ts";
import { shipReturnWindowOrders } from "./return-window.ts";
import { SHOP_SEEDS, type ShopSeed } from "./shops.ts";

/** "Now" for the seeded data: orders fall in the 90 days before it, so every run sees the same shops. */
/**
 * The seed's "now": the start of the current UTC day. The same all day (the seed is deterministic
 * for a given anchor), and always recent, so the last 60 days hold most of the seeded orders.
 */
export function seedAnchor(now: Date = new Date()): Date {
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
}
export const ORDERS_PER_SHOP = 200;

export interface SeededShop {
  domain: string;
  handle: string;
  /** The admin's default language for this shop's staff. */
  locale: string;
  seed: ShopSeed;
  shop: Shop;
  staff: StaffMember[];
  products: Product[];
  customers: Customer[];
  orders: Order[];
  /** Where stock is kept and restocked to: the warehouse that ships online orders, and the shop. */
  locations: Location[];
  /** The next order number to give out (#1201 after the seed). */
  nextOrderNumber: number;
}

function buildStaff(seed: ShopSeed, nextId: IdAllocator): StaffMember[] {
  return seed.staff.map((person) => ({
    __typename: "StaffMember",
    id: toGid("StaffMember", nextId("StaffMember")),
    firstName: person.firstName,
    lastName: person.lastName,
    name: /^[A-Za-z]/.test(person.firstName) ? `${person.firstName} ${person.lastName}` : `${person.lastName} ${person.firstName}`,
    email: person.email,
    locale: person.locale,
    phone: null,
    active: true,
    exists: true,
    isShopOwner: person.isShopOwner,
    accountType: "REGULAR",
    initials: [person.firstName.charAt(0), person.lastName.charAt(0)],
    orderPermissions: person.permissions ?? ["EDIT_ORDERS", "REFUND_ORDERS", "MANAGE_ORDERS"],
  }));
}

function buildLocations(seed: ShopSeed, nextId: IdAllocator): Location[] {
  const names = seed.locale === "ja" ? ["本社倉庫", "表参道店"] : ["Main warehouse", "Portland shop"];
  return names.map((name, index) => ({ __typename: "Location", id: toGid("Location", nextId("Location")), name, isActive: true, fulfillsOnlineOrders: index === 0, hasActiveInventory: true }));
}

function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? "-" : "+";
  const absolute = Math.abs(minutes);
  return `${sign}${String(Math.floor(absolute / 60)).padStart(2, "0")}${String(absolute % 60).padStart(2, "0")}`;
}

function buildShop(seed: ShopSeed, nextId: IdAllocator, owner: StaffMember, createdAt: string): Shop {
  const domain = `${seed.handle}.myshopify.com`;
  return {
    __typename: "Shop",
    id: toGid("Shop", nextId("Shop")),
    name: seed.name,
    email: seed.email,
    contactEmail: seed.email,
    myshopifyDomain: domain,
    url: `https://${domain}`,
    currencyCode: seed.currency,
    enabledPresentmentCurrencies: [seed.currency, seed.foreignCurrency.currency],
    ianaTimezone: seed.ianaTimezone,
    timezoneAbbreviation: seed.timezoneAbbreviation,
    timezoneOffset: formatOffset(seed.timezoneOffsetMinutes),
    timezoneOffsetMinutes: seed.timezoneOffsetMinutes,
    weightUnit: seed.weightUnit,
    unitSystem: seed.unitSystem,
    taxesIncluded: seed.taxesIncluded,
    taxShipping: false,
    orderNumberFormatPrefix: "#",
    orderNumberFormatSuffix: "",
    shopOwnerName: owner.name,
    description: null,
    setupRequired: false,
    checkoutApiSupported: true,
    transactionalSmsDisabled: false,
    marketingSmsConsentEnabledAtCheckout: false,
    shipsToCountries: ["US", "CA", "JP", "TH", "GB"],
    createdAt,
    updatedAt: createdAt,
    accountOwner: owner,
    primaryDomain: { __typename: "Domain", id: toGid("Domain", nextId("Domain")), host: domain, url: `https://${domain}`, sslEnabled: true },
    plan: { __typename: "ShopPlan", partnerDevelopment: true, shopifyPlus: false, publicDisplayName: "Development" },
    currencyFormats: {
      __typename: "CurrencyFormats",
      moneyFormat: seed.moneyFormat,
      moneyInEmailsFormat: seed.moneyFormat,
      moneyWithCurrencyFormat: seed.moneyWithCurrencyFormat,
      moneyWithCurrencyInEmailsFormat: seed.moneyWithCurrencyFormat,
    },
  };
}

function describeDuration(fromIso: string, to: Date): string {
  const days = Math.max(0, Math.round((to.getTime() - new Date(fromIso).getTime()) / 86_400_000));
  if (days < 45) return `about ${Math.max(1, Math.round(days / 7))} weeks`;
  if (days < 365) return `about ${Math.round(days / 30)} months`;
  const years = Math.round(days / 365);
  return years === 1 ? "about 1 year" : `about ${years} years`;
}

/** Recomputes what Shopify derives from a customer's orders: count, amount spent, last order. */
export function refreshCustomerTotals(customer: Customer, currency: string, now: Date): void {
  const spent = customer.orders
    .filter((order) => !order.cancelledAt)
    .reduce((sum, order) => sum + parseMinor(order.netPaymentSet.shopMoney.amount, currency), 0);
  customer.numberOfOrders = String(customer.orders.length);
  customer.amountSpent = toMoney(spent, currency);
  customer.lastOrder = customer.orders.reduce<Order | null>((last, order) => (!last || order.createdAt > last.createdAt ? order : last), null);
  customer.lifetimeDuration = describeDuration(customer.createdAt, now);
}

/** Builds both seeded shops from scratch; the same data every call. */
export function seedShops(anchor: Date = seedAnchor()): SeededShop[] {
  const random = createRandom(20261120);
  const nextId = createIdAllocator(random);
  const shops = SHOP_SEEDS.map((seed) => {
    const domain = `${seed.handle}.myshopify.com`;
    const shopCreatedAt = new Date(anchor.getTime() - 1200 * 86_400_000).toISOString();
    const staff = buildStaff(seed, nextId);
    const shop = buildShop(seed, nextId, staff.find((member) => member.isShopOwner) ?? staff[0]!, shopCreatedAt);
    const catalogCreatedAt = new Date(anchor.getTime() - 400 * 86_400_000).toISOString();
    const products = buildProducts(seed, random, nextId, catalogCreatedAt, domain);
    const customers = buildCustomers(seed, random, nextId, anchor);
    const orders = buildOrders({ seed, random, nextId, anchor, domain, products }, customers, ORDERS_PER_SHOP);
    for (const order of orders) {
      if (!order.customer) continue;
      order.customer.orders.push(order);
      if (order.updatedAt > order.customer.updatedAt) order.customer.updatedAt = order.updatedAt;
    }
    for (const customer of customers) refreshCustomerTotals(customer, seed.currency, anchor);
    // Allocated last, so every other seeded id stays as it was.
    const locations = buildLocations(seed, nextId);
    return { domain, handle: seed.handle, locale: seed.locale, seed, shop, staff, products, customers, orders, locations, nextOrderNumber: 1001 + orders.length };
  });
  shipReturnWindowOrders(shops, nextId, anchor);
  return shops;
}
