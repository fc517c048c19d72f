import { Badge, IndexTable, Text } from "@shopify/polaris";
import { useTranslation } from "react-i18next";
import { DownloadButton } from "~/components/download-button";
import { formatDate } from "~/components/format";

/** One customers/data_request as Settings → Data requests lists it (dates as ISO strings). */
export interface DataRequestRow {
  id: string;
  shopifyRequestId: string;
  customerShopifyId: string;
  customerEmail: string | null;
  requestedAt: string;
  dueAt: string;
  daysLeft: number;
  state: "downloaded" | "open" | "dueSoon" | "overdue";
  downloadedAt: string | null;
  /** The name the export downloads under. */
  filename: string;
}

function StatusBadge({ request, timezone }: { request: DataRequestRow; timezone: string }) {
  const { t, i18n } = useTranslation();
  switch (request.state) {
    case "downloaded":
      return <Badge tone="success">{t("dataRequests.downloaded", { date: formatDate(request.downloadedAt!, i18n.language, timezone) })}</Badge>;
    case "overdue":
      return <Badge tone="critical">{t("dataRequests.overdue")}</Badge>;
    case "dueSoon":
      return <Badge tone="warning">{t("dataRequests.dueIn", { count: request.daysLeft })}</Badge>;
    default:
      return <Badge>{t("dataRequests.notDownloaded")}</Badge>;
  }
}

/** The shop's data requests, each with its deadline, whether it was handed over, and its export's download. */
export function DataRequestTable({ requests, timezone, onDownloaded }: { requests: DataRequestRow[]; timezone: string; onDownloaded: () => void }) {
  const { t, i18n } = useTranslation();
  return (
    <IndexTable
      resourceName={{ singular: t("dataRequests.singular"), plural: t("dataRequests.plural") }}
      itemCount={requests.length}
      selectable={false}
      emptyState={
        <div style={{ padding: "var(--p-space-400)" }}>
          <Text as="p" tone="subdued">
            {t("dataRequests.empty")}
          </Text>
        </div>
      }
      headings={[{ title: t("dataRequests.customer") }, { title: t("dataRequests.requestedAt") }, { title: t("dataRequests.dueAt") }, { title: t("dataRequests.status") }, { title: "" }]}
    >
      {requests.map((request, index) => {
        const customer = request.customerEmail ?? t("dataRequests.customerId", { id: request.customerShopifyId });
        return (
          <IndexTable.Row id={request.id} key={request.id} position={index}>
            <IndexTable.Cell>
              <Text as="span" breakWord>
                {customer}
              </Text>
            </IndexTable.Cell>
            <IndexTable.Cell>{formatDate(request.requestedAt, i18n.language, timezone)}</IndexTable.Cell>
            <IndexTable.Cell>
              <Text as="span" tone={request.state === "overdue" ? "critical" : undefined}>
                {formatDate(request.dueAt, i18n.language, timezone)}
              </Text>
            </IndexTable.Cell>
            <IndexTable.Cell>
              <StatusBadge request={request} timezone={timezone} />
            </IndexTable.Cell>
            <IndexTable.Cell>
              <DownloadButton
                url={`/app/settings/data-requests/${request.id}/download`}
                filename={request.filename}
                label={t("dataRequests.download")}
                accessibilityLabel={t("dataRequests.downloadFor", { customer })}
                onDownloaded={onDownloaded}
              />
            </IndexTable.Cell>
          </IndexTable.Row>
        );
      })}
    </IndexTable>
  );
}
