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

export interface ShopDetails {
  name: string;
  email: string | null;
  currencyCode: string;
  ianaTimezone: string;
  myshopifyDomain: string;
}

/** The shop's name, currency and time zone, read when the app is installed. */
export async function fetchShopDetails(admin: AdminClient): Promise<ShopDetails> {
  const data = await runAdminOperation<{ shop: ShopDetails }>(admin, SHOP_FOR_INSTALL);
  return data.shop;
}
