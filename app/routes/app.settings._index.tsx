import type { LoaderFunctionArgs } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { BlockStack, Button, Card, InlineGrid, InlineStack, Layout, Page, Text } from "@shopify/polaris";
import { useTranslation } from "react-i18next";
import { formatDate } from "~/components/format";
import { getShop, getShopCounts } from "~/models/shop.server";
import { authenticate } from "~/shopify.server";

export const loader = async ({ request }: LoaderFunctionArgs) => {
  const { session } = await authenticate.admin(request);
  const [shop, counts] = await Promise.all([getShop(session.shop), getShopCounts(session.shop)]);
  if (!shop) throw new Response("Shop not found", { status: 404 });
  return {
    shop: { id: shop.id, name: shop.name, currencyCode: shop.currencyCode, timezone: shop.timezone, supportEmail: shop.supportEmail, installedAt: shop.installedAt.toISOString() },
    counts,
  };
};

function Row({ label, value }: { label: string; value: string }) {
  return (
    <InlineGrid columns={2} gap="400">
      <Text as="span" tone="subdued">
        {label}
      </Text>
      <Text as="span">{value}</Text>
    </InlineGrid>
  );
}

export default function SettingsPage() {
  const { shop, counts } = useLoaderData<typeof loader>();
  const { t, i18n } = useTranslation();
  return (
    <Page title={t("settings.title")}>
      <Layout>
        <Layout.AnnotatedSection title={t("settings.store")}>
          <Card>
            <BlockStack gap="300">
              <Row label={t("settings.storeName")} value={shop.name} />
              <Row label={t("settings.domain")} value={shop.id} />
              <Row label={t("settings.currency")} value={shop.currencyCode} />
              <Row label={t("settings.timezone")} value={shop.timezone} />
              <Row label={t("settings.supportEmail")} value={shop.supportEmail ?? t("settings.notSet")} />
              <Row label={t("settings.installedAt")} value={formatDate(shop.installedAt, i18n.language, shop.timezone)} />
            </BlockStack>
          </Card>
        </Layout.AnnotatedSection>
        <Layout.AnnotatedSection title={t("settings.sync")}>
          <Card>
            <BlockStack gap="300">
              <Row label={t("settings.customersSynced")} value={String(counts.customers)} />
              <Row label={t("settings.ordersSynced")} value={String(counts.orders)} />
              <InlineStack>
                <Button url="/app/settings/sync">{t("sync.open")}</Button>
              </InlineStack>
            </BlockStack>
          </Card>
        </Layout.AnnotatedSection>
      </Layout>
    </Page>
  );
}
