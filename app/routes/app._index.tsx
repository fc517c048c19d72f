import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { Banner, BlockStack, Card, IndexTable, Layout, Page, Text } from "@shopify/polaris";
import { useTranslation } from "react-i18next";
import { formatDate, formatMoney } from "~/components/format";
import { FinancialStatusBadge, FulfillmentStatusBadge } from "~/components/order-status-badges";
import { getInboxOverview } from "~/services/get-inbox-overview.server";
import { authenticate } from "~/shopify.server";

export const meta: MetaFunction = () => [{ title: "Frontdesk" }];

export const loader = async ({ request }: LoaderFunctionArgs) => {
  const { session } = await authenticate.admin(request);
  return getInboxOverview(session.shop);
};

function personName(person: { firstName: string | null; lastName: string | null } | null, fallback: string) {
  const name = [person?.firstName, person?.lastName].filter(Boolean).join(" ");
  return name || fallback;
}

export default function InboxPage() {
  const { customers, orders, timezone, isImporting } = useLoaderData<typeof loader>();
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const noName = t("inbox.noName");

  return (
    <Page title={t("inbox.title")} subtitle={t("inbox.subtitle")} fullWidth>
      <Layout>
        {isImporting ? (
          <Layout.Section>
            <Banner tone="info">{t("inbox.importing")}</Banner>
          </Layout.Section>
        ) : null}
        <Layout.Section>
          <Card padding="0">
            <BlockStack>
              <div style={{ padding: "var(--p-space-400)" }}>
                <Text as="h2" variant="headingMd">
                  {t("inbox.orders")}
                </Text>
              </div>
              <IndexTable
                resourceName={{ singular: t("inbox.columns.order"), plural: t("inbox.orders") }}
                itemCount={orders.length}
                selectable={false}
                emptyState={<Text as="p" tone="subdued">{t("inbox.ordersEmpty")}</Text>}
                headings={[
                  { title: t("inbox.columns.order") },
                  { title: t("inbox.columns.date") },
                  { title: t("inbox.columns.customer") },
                  { title: t("inbox.columns.payment") },
                  { title: t("inbox.columns.fulfillment") },
                  { title: t("inbox.columns.total"), alignment: "end" },
                ]}
              >
                {orders.map((order, index) => (
                  <IndexTable.Row id={order.id} key={order.id} position={index}>
                    <IndexTable.Cell>
                      <Text as="span" fontWeight="semibold">
                        {order.name}
                      </Text>
                    </IndexTable.Cell>
                    <IndexTable.Cell>{formatDate(order.shopifyCreatedAt, locale, timezone)}</IndexTable.Cell>
                    <IndexTable.Cell>{personName(order.customer, order.email ?? noName)}</IndexTable.Cell>
                    <IndexTable.Cell>
                      <FinancialStatusBadge status={order.financialStatus} />
                    </IndexTable.Cell>
                    <IndexTable.Cell>
                      <FulfillmentStatusBadge status={order.fulfillmentStatus} cancelled={order.isCancelled} />
                    </IndexTable.Cell>
                    <IndexTable.Cell>
                      <Text as="span" alignment="end" numeric>
                        {formatMoney(order.total, order.currencyCode, locale)}
                      </Text>
                    </IndexTable.Cell>
                  </IndexTable.Row>
                ))}
              </IndexTable>
            </BlockStack>
          </Card>
        </Layout.Section>
        <Layout.Section variant="oneThird">
          <Card padding="0">
            <BlockStack>
              <div style={{ padding: "var(--p-space-400)" }}>
                <Text as="h2" variant="headingMd">
                  {t("inbox.customers")}
                </Text>
              </div>
              <IndexTable
                resourceName={{ singular: t("inbox.columns.customer"), plural: t("inbox.customers") }}
                itemCount={customers.length}
                selectable={false}
                emptyState={<Text as="p" tone="subdued">{t("inbox.customersEmpty")}</Text>}
                headings={[
                  { title: t("inbox.columns.name") },
                  { title: t("inbox.columns.orders"), alignment: "end" },
                  { title: t("inbox.columns.spent"), alignment: "end" },
                ]}
              >
                {customers.map((customer, index) => (
                  <IndexTable.Row id={customer.id} key={customer.id} position={index}>
                    <IndexTable.Cell>
                      <BlockStack gap="050">
                        <Text as="span" fontWeight="semibold">
                          {personName(customer, noName)}
                        </Text>
                        <Text as="span" tone="subdued" variant="bodySm">
                          {customer.email}
                          {customer.language ? ` · ${customer.language}` : ""}
                        </Text>
                      </BlockStack>
                    </IndexTable.Cell>
                    <IndexTable.Cell>
                      <Text as="span" alignment="end" numeric>
                        {customer.ordersCount}
                      </Text>
                    </IndexTable.Cell>
                    <IndexTable.Cell>
                      <Text as="span" alignment="end" numeric>
                        {customer.currencyCode ? formatMoney(customer.amountSpent, customer.currencyCode, locale) : customer.amountSpent}
                      </Text>
                    </IndexTable.Cell>
                  </IndexTable.Row>
                ))}
              </IndexTable>
            </BlockStack>
          </Card>
        </Layout.Section>
      </Layout>
    </Page>
  );
}
