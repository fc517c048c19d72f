import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { Banner, BlockStack, Button, Card, IndexTable, InlineGrid, Layout, Page, ProgressBar, Text } from "@shopify/polaris";
import { useTranslation } from "react-i18next";
import { formatDate } from "~/components/format";
import { PageTitleBar } from "~/components/page-title-bar";
import { enqueueJob } from "~/jobs/queue.server";
import { requeueWebhookDelivery } from "~/models/webhook-delivery.server";
import { SyncAction } from "~/schemas/sync-actions";
import { getSyncHealth } from "~/services/get-sync-health.server";
import { authenticate } from "~/shopify.server";

export const loader = async ({ request }: LoaderFunctionArgs) => {
  const { session } = await authenticate.admin(request);
  return getSyncHealth(session.shop);
};

export const action = async ({ request }: ActionFunctionArgs) => {
  const { session } = await authenticate.admin(request);
  const form = SyncAction.safeParse(Object.fromEntries(await request.formData()));
  if (!form.success) return Response.json({ errors: form.error.flatten().fieldErrors }, { status: 422 });
  if (form.data.intent === "import") {
    await enqueueJob("import-shop", { shop: session.shop }, { jobKey: `import-shop:${session.shop}` });
    return { done: "importQueued" as const };
  }
  if (!(await requeueWebhookDelivery(session.shop, BigInt(form.data.deliveryId)))) throw new Response("Delivery not found", { status: 404 });
  return { done: "replayed" as const };
};

function Progress({ label, done, total }: { label: string; done: number; total: number | null }) {
  const percent = total ? Math.min(100, Math.round((done / total) * 100)) : done > 0 ? 100 : 0;
  return (
    <BlockStack gap="100">
      <Text as="p" variant="bodySm">
        {label}
      </Text>
      <ProgressBar progress={percent} size="small" tone="primary" />
    </BlockStack>
  );
}

export default function SyncPage() {
  const { latestImport, isImportQueued, deliveries } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const navigation = useNavigation();
  const { t, i18n } = useTranslation();
  const busy = navigation.state !== "idle";
  const tiles = [
    { label: t("sync.received"), value: deliveries.received },
    { label: t("sync.applied"), value: deliveries.applied },
    { label: t("sync.waiting"), value: deliveries.waiting },
    { label: t("sync.duplicates"), value: deliveries.duplicates },
    { label: t("sync.failed"), value: deliveries.failed },
  ];

  return (
    <Page>
      <PageTitleBar title={t("sync.title")} parent={{ label: t("sync.backToSettings"), url: "/app/settings" }} />
      <Layout>
        {result && "done" in result ? (
          <Layout.Section>
            <Banner tone="success">{t(`sync.${result.done}`)}</Banner>
          </Layout.Section>
        ) : null}
        <Layout.Section>
          <Card>
            <BlockStack gap="300">
              <Text as="h2" variant="headingMd">
                {t("sync.import")}
              </Text>
              {!latestImport ? (
                <Text as="p">{t("sync.importNever")}</Text>
              ) : (
                <>
                  <Text as="p" tone={latestImport.status === "FAILED" ? "critical" : undefined}>
                    {latestImport.status === "RUNNING"
                      ? t("sync.importRunning")
                      : latestImport.status === "FAILED"
                        ? t("sync.importFailed", { error: latestImport.error })
                        : t("sync.importDone", { date: formatDate(latestImport.finishedAt!, i18n.language, "UTC") })}
                  </Text>
                  <Progress
                    label={t("sync.customersProgress", { done: latestImport.customers, total: latestImport.customersTotal ?? "?" })}
                    done={latestImport.customers}
                    total={latestImport.customersTotal}
                  />
                  <Progress
                    label={t("sync.ordersProgress", { done: latestImport.orders, total: latestImport.ordersTotal ?? "?" })}
                    done={latestImport.orders}
                    total={latestImport.ordersTotal}
                  />
                </>
              )}
              <Form method="post">
                <input type="hidden" name="intent" value="import" />
                <Button submit disabled={isImportQueued || busy} loading={isImportQueued}>
                  {t("sync.importAgain")}
                </Button>
              </Form>
            </BlockStack>
          </Card>
        </Layout.Section>
        <Layout.Section>
          <BlockStack gap="200">
            <Text as="h2" variant="headingMd">
              {t("sync.deliveries")}
            </Text>
            <InlineGrid columns={{ xs: 2, md: 5 }} gap="300">
              {tiles.map((tile) => (
                <Card key={tile.label}>
                  <BlockStack gap="100">
                    <Text as="p" tone="subdued" variant="bodySm">
                      {tile.label}
                    </Text>
                    <Text as="p" variant="headingLg">
                      {tile.value}
                    </Text>
                  </BlockStack>
                </Card>
              ))}
            </InlineGrid>
          </BlockStack>
        </Layout.Section>
        <Layout.Section>
          <Card padding="0">
            <IndexTable
              resourceName={{ singular: t("sync.failed"), plural: t("sync.failures") }}
              itemCount={deliveries.failures.length}
              selectable={false}
              emptyState={
                <div style={{ padding: "var(--p-space-400)" }}>
                  <Text as="p" tone="subdued">
                    {t("sync.noFailures")}
                  </Text>
                </div>
              }
              headings={[{ title: t("sync.topic") }, { title: t("sync.receivedAt") }, { title: t("sync.error") }, { title: "" }]}
            >
              {deliveries.failures.map((failure, index) => (
                <IndexTable.Row id={failure.id} key={failure.id} position={index}>
                  <IndexTable.Cell>{failure.topic}</IndexTable.Cell>
                  <IndexTable.Cell>{new Date(failure.receivedAt).toLocaleString(i18n.language, { timeZone: "UTC" })}</IndexTable.Cell>
                  <IndexTable.Cell>
                    <Text as="span" breakWord>
                      {failure.error}
                    </Text>
                  </IndexTable.Cell>
                  <IndexTable.Cell>
                    <Form method="post">
                      <input type="hidden" name="intent" value="replay" />
                      <input type="hidden" name="deliveryId" value={failure.id} />
                      <Button submit size="slim" disabled={busy}>
                        {t("sync.replay")}
                      </Button>
                    </Form>
                  </IndexTable.Cell>
                </IndexTable.Row>
              ))}
            </IndexTable>
          </Card>
        </Layout.Section>
      </Layout>
    </Page>
  );
}
