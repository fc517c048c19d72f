import type { LoaderFunctionArgs } from "@remix-run/node";
import { useLoaderData, useRevalidator } from "@remix-run/react";
import { Card, Layout, Page, Text } from "@shopify/polaris";
import { useTranslation } from "react-i18next";
import { DataRequestTable } from "~/components/data-requests/data-request-table";
import { PageTitleBar } from "~/components/page-title-bar";
import { listShopDataRequests } from "~/services/data-requests/list-data-requests.server";
import { authenticate } from "~/shopify.server";

export const loader = async ({ request }: LoaderFunctionArgs) => {
  const { session } = await authenticate.admin(request);
  const list = await listShopDataRequests({ shop: session.shop });
  if (!list) throw new Response("Shop not found", { status: 404 });
  return list;
};

export default function DataRequestsPage() {
  const { requests, timezone } = useLoaderData<typeof loader>();
  const revalidator = useRevalidator();
  const { t } = useTranslation();
  return (
    <Page>
      <PageTitleBar title={t("dataRequests.title")} parent={{ label: t("dataRequests.backToSettings"), url: "/app/settings" }} />
      <Layout>
        <Layout.Section>
          <Text as="p">{t("dataRequests.intro")}</Text>
        </Layout.Section>
        <Layout.Section>
          <Card padding="0">
            {/* After a download, the list shows the request as handed over. */}
            <DataRequestTable requests={requests} timezone={timezone} onDownloaded={() => revalidator.revalidate()} />
          </Card>
        </Layout.Section>
      </Layout>
    </Page>
  );
}
