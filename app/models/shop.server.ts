import prisma from "~/db.server";
import { ReturnsPolicy } from "~/schemas/returns-policy";
import { ShopSettings } from "~/schemas/shop-settings";
import { env } from "~/env.server";

export interface ShopInput {
  name: string;
  email: string | null;
  currencyCode: string;
  timezone: string;
}

/** Creates the shop on install, or refreshes its details and clears `uninstalledAt` on reinstall. */
export async function upsertShop(shop: string, input: ShopInput) {
  const data = { name: input.name, email: input.email, currencyCode: input.currencyCode, timezone: input.timezone };
  return prisma.shop.upsert({
    where: { id: shop },
    create: { id: shop, ...data },
    update: { ...data, uninstalledAt: null },
  });
}

/** Marks the shop uninstalled; its data stays until Shopify's shop/redact, 48 hours later. */
export async function markShopUninstalled(shop: string, at: Date) {
  await prisma.shop.updateMany({ where: { id: shop, uninstalledAt: null }, data: { uninstalledAt: at } });
}

/**
 * Deletes everything Frontdesk holds for the shop (shop/redact): the shop row cascades to every
 * tenant table; sessions and webhook deliveries are removed beside it. Jobs still queued for
 * the shop find nothing and finish.
 */
export async function deleteShopData(shop: string) {
  await prisma.$transaction([
    prisma.shop.deleteMany({ where: { id: shop } }),
    prisma.session.deleteMany({ where: { shop } }),
    prisma.webhookDelivery.deleteMany({ where: { shopId: shop } }),
    prisma.webhookDuplicateCount.deleteMany({ where: { shopId: shop } }),
  ]);
}

/** Whether the shop installed the app (null: never, or its data is gone) and when it uninstalled. */
export async function getShopInstallation(shop: string): Promise<{ uninstalledAt: Date | null } | null> {
  return prisma.shop.findUnique({ where: { id: shop }, select: { uninstalledAt: true } });
}

export async function getShop(shop: string) {
  return prisma.shop.findUnique({ where: { id: shop } });
}

/** Counts of what the app holds for the shop, for Settings and Analytics. */
export async function getShopCounts(shop: string) {
  const [customers, orders, tickets, openTickets] = await prisma.$transaction([
    prisma.customer.count({ where: { shopId: shop } }),
    prisma.order.count({ where: { shopId: shop } }),
    prisma.ticket.count({ where: { shopId: shop } }),
    prisma.ticket.count({ where: { shopId: shop, status: { not: "CLOSED" } } }),
  ]);
  return { customers, orders, tickets, openTickets };
}

/** The address a shop's customers' mail reaches the inbox at: `<shop handle>@<INBOUND_EMAIL_DOMAIN>`. */
export function inboundAddressFor(shop: string): string {
  return `${shop.replace(/\.myshopify\.com$/, "")}@${env.INBOUND_EMAIL_DOMAIN}`;
}

/**
 * The installed shop a mail to `address` is for: its inbound address, or the support address the
 * merchant set (which forwards to it). Null for anyone else, or a shop that uninstalled the app.
 */
export async function findShopByInboundAddress(address: string): Promise<string | null> {
  const [local, domain] = address.toLowerCase().split("@") as [string, string | undefined];
  if (domain === env.INBOUND_EMAIL_DOMAIN && /^[a-z0-9][a-z0-9-]*$/.test(local)) {
    const shop = await prisma.shop.findFirst({ where: { id: `${local}.myshopify.com`, uninstalledAt: null }, select: { id: true } });
    return shop?.id ?? null;
  }
  const shop = await prisma.shop.findFirst({
    where: { supportEmail: { equals: address, mode: "insensitive" }, uninstalledAt: null },
    select: { id: true },
  });
  return shop?.id ?? null;
}

/**
 * Replaces some parts of the shop's settings and nothing else, in one statement: a save of the
 * replies and one of the returns policy at the same moment both stay. `removed` parts are unset.
 */
export async function updateShopSettingsParts(shop: string, parts: Partial<ShopSettings>, removed: Array<keyof ShopSettings> = []): Promise<void> {
  const stored = JSON.stringify(ShopSettings.partial().parse(parts));
  await prisma.$executeRaw`
    UPDATE "Shop" SET settings = (COALESCE(settings, '{}'::jsonb) - ${removed}::text[]) || ${stored}::jsonb, "updatedAt" = now()
    WHERE id = ${shop}`;
}

/** Replaces the shop's returns policy and nothing else of its settings. */
export async function updateReturnsPolicy(shop: string, policy: ReturnsPolicy): Promise<void> {
  await updateShopSettingsParts(shop, { returns: ReturnsPolicy.parse(policy) });
}
