import type { LoaderFunctionArgs } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { BlockStack, Card, InlineGrid, Page, Text } from "@shopify/polaris";
import { useTranslation } from "react-i18next";
import { PageTitleBar } from "~/components/page-title-bar";
import { getShopCounts } from "~/models/shop.server";
import { authenticate } from "~/shopify.server";

export const loader = async ({ request }: LoaderFunctionArgs) => {
  const { session } = await authenticate.admin(request);
  return getShopCounts(session.shop);
};

export default function AnalyticsPage() {
  const counts = useLoaderData<typeof loader>();
  const { t, i18n } = useTranslation();
  const number = new Intl.NumberFormat(i18n.language);
  const tiles = [
    { label: t("analytics.customers"), value: counts.customers },
    { label: t("analytics.orders"), value: counts.orders },
    { label: t("analytics.tickets"), value: counts.tickets },
    { label: t("analytics.openTickets"), value: counts.openTickets },
  ];
  return (
    <Page>
      <PageTitleBar title={t("analytics.title")} />
      <InlineGrid columns={{ xs: 1, sm: 2, md: 4 }} gap="400">
        {tiles.map((tile) => (
          <Card key={tile.label}>
            <BlockStack gap="200">
              <Text as="h2" variant="headingSm" tone="subdued">
                {tile.label}
              </Text>
              <Text as="p" variant="heading2xl">
                {number.format(tile.value)}
              </Text>
            </BlockStack>
          </Card>
        ))}
      </InlineGrid>
    </Page>
  );
}
