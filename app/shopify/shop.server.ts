import type { FrontdeskImportTotalsQuery, FrontdeskShopForInstallQuery } from "~/types/admin.generated";
import { runAdminOperation, type AdminClient } from "./admin-client.server";

const SHOP_FOR_INSTALL = `#graphql
  query FrontdeskShopForInstall {
    shop {
      name
      email
      currencyCode
      ianaTimezone
      myshopifyDomain
    }
  }
`;

export type ShopDetails = FrontdeskShopForInstallQuery["shop"];

/** The shop's name, currency and time zone, read when the app is installed. */
export async function fetchShopDetails(admin: AdminClient): Promise<ShopDetails> {
  const data = await runAdminOperation<FrontdeskShopForInstallQuery>(admin, SHOP_FOR_INSTALL);
  return data.shop;
}

const IMPORT_TOTALS = `#graphql
  query FrontdeskImportTotals($ordersQuery: String!) {
    customersCount(limit: null) {
      count
    }
    ordersCount(query: $ordersQuery, limit: null) {
      count
    }
  }
`;

/** How many customers, and orders matching `ordersQuery`, the shop has: the import's progress bar totals. */
export async function fetchImportTotals(admin: AdminClient, ordersQuery: string): Promise<{ customers: number | null; orders: number | null }> {
  const data = await runAdminOperation<FrontdeskImportTotalsQuery>(admin, IMPORT_TOTALS, { ordersQuery });
  return { customers: data.customersCount?.count ?? null, orders: data.ordersCount?.count ?? null };
}
