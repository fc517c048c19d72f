import { resolveLocale, type Locale } from "~/i18n";
import { getShop } from "~/models/shop.server";
import { getStaffMember, recordStaffMember } from "~/models/staff-member.server";

/**
 * The admin's language for this request. Shopify passes `locale` only when it loads the app's
 * document; we remember it per staff member so data requests render in the same language.
 */
export async function resolveAdminLocale({ shop, userId, requested }: { shop: string; userId: string | undefined; requested: string | null }): Promise<Locale> {
  const staffId = userId && /^\d+$/.test(userId) ? BigInt(userId) : undefined;
  if (requested) {
    const locale = resolveLocale(requested);
    if (staffId !== undefined) await recordStaffMember(shop, staffId, locale);
    return locale;
  }
  const remembered = staffId !== undefined ? (await getStaffMember(shop, staffId))?.locale : undefined;
  return resolveLocale(remembered ?? (await getShop(shop))?.locale);
}
