import { Link } from "@shopify/polaris";
import { useTranslation } from "react-i18next";
import { shopifyAdminUrl, type ShopifyAdminResource } from "~/lib/shopify-admin-url";

/**
 * "Open in Shopify": a resource's own page in Shopify admin. The `shopify:` link with target
 * `_top` is the form App Bridge documents: the admin around the app opens the page, not the frame.
 * Nothing is drawn when the record has no Shopify id (a customer known only by their mail).
 */
export function ShopifyAdminLink({ resource, id, accessibilityLabel }: { resource: ShopifyAdminResource; id: string | null; accessibilityLabel: string }) {
  const { t } = useTranslation();
  const url = shopifyAdminUrl(resource, id);
  if (!url) return null;
  return (
    <Link url={url} target="_top" removeUnderline accessibilityLabel={accessibilityLabel}>
      {t("common.openInShopify")}
    </Link>
  );
}
