import type { LoaderFunctionArgs } from "@remix-run/node";
import { useLoaderData, useNavigate, useSearchParams } from "@remix-run/react";
import { Badge, BlockStack, Card, EmptyState, IndexTable, InlineStack, Layout, Link, Page, Select, Text } from "@shopify/polaris";
import { useTranslation } from "react-i18next";
import { formatDateTime } from "~/components/format";
import { PageTitleBar } from "~/components/page-title-bar";
import { listReturnQueue } from "~/models/return.server";
import { RETURN_RESOLUTIONS, RETURN_STATUSES, type ReturnResolution } from "~/return-vocabulary";
import { authenticate } from "~/shopify.server";

// The returns queue: every return Shopify holds for the shop that the app has seen, newest first,
// by status, resolution and reason; each opens its ticket, where it is approved or declined.

const STATUSES = RETURN_STATUSES;
type Status = (typeof STATUSES)[number];
const STATUS_TONES = { REQUESTED: "attention", OPEN: "info", DECLINED: "critical", CLOSED: "success", CANCELED: undefined } as const;

export const loader = async ({ request }: LoaderFunctionArgs) => {
  const { session } = await authenticate.admin(request);
  const query = new URL(request.url).searchParams;
  // Waiting for a decision first: what the page is for.
  const statusParam = query.get("status") ?? "REQUESTED";
  const status = (STATUSES as readonly string[]).includes(statusParam) ? (statusParam as Status) : null;
  const resolution = (RETURN_RESOLUTIONS as readonly string[]).includes(query.get("resolution") ?? "") ? (query.get("resolution") as ReturnResolution) : null;
  const reason = /^[\w-]{1,100}$/.test(query.get("reason") ?? "") ? query.get("reason") : null;
  const rows = await listReturnQueue(session.shop, { status, resolution, reason });
  return {
    filter: { status: status ?? "all", resolution: resolution ?? "", reason: reason ?? "" },
    returns: rows.map((row) => ({
      id: row.id,
      name: row.name,
      status: row.status,
      resolution: row.resolution,
      ticketId: row.ticketId,
      orderName: row.order?.name ?? null,
      customerName: row.customer ? [row.customer.firstName, row.customer.lastName].filter(Boolean).join(" ") || row.customer.email : null,
      customerReturns: row.customerReturns,
      items: row.lines.map((line) => `${line.title}${line.variantTitle ? ` · ${line.variantTitle}` : ""} × ${line.quantity}`),
      reasons: [...new Set(row.lines.flatMap((line) => (line.reasonName ? [line.reasonName] : [])))],
      reasonHandles: [...new Set(row.lines.flatMap((line) => (line.reasonHandle ? [{ handle: line.reasonHandle, name: line.reasonName ?? line.reasonHandle }] : [])))],
      requestedAt: row.requestedAt.toISOString(),
    })),
  };
};

export default function ReturnsPage() {
  const { filter, returns } = useLoaderData<typeof loader>();
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const setFilter = (name: string, value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(name, value);
    else next.delete(name);
    navigate(`?${next}`, { replace: true });
  };
  const reasonOptions = [...new Map(returns.flatMap((row) => row.reasonHandles).map((reason) => [reason.handle, reason.name])).entries()];
  if (filter.reason && !reasonOptions.some(([handle]) => handle === filter.reason)) reasonOptions.push([filter.reason, filter.reason]);
  return (
    <Page fullWidth>
      <PageTitleBar title={t("returns.title")} />
      <Layout>
        <Layout.Section>
          <Card padding="0">
            <BlockStack>
              <div style={{ padding: "var(--p-space-300)" }}>
                <InlineStack gap="300" wrap>
                  <Select
                    label={t("returns.filters.status")}
                    labelInline
                    options={[...STATUSES.map((status) => ({ value: status, label: t(`ticket.returns.status.${status}`) })), { value: "all", label: t("returns.filters.all") }]}
                    value={filter.status}
                    onChange={(value) => setFilter("status", value)}
                  />
                  <Select
                    label={t("returns.filters.resolution")}
                    labelInline
                    options={[{ value: "", label: t("returns.filters.any") }, ...RETURN_RESOLUTIONS.map((resolution) => ({ value: resolution, label: t(`returnsPolicy.resolutions.${resolution}`) }))]}
                    value={filter.resolution}
                    onChange={(value) => setFilter("resolution", value)}
                  />
                  <Select
                    label={t("returns.filters.reason")}
                    labelInline
                    options={[{ value: "", label: t("returns.filters.any") }, ...reasonOptions.map(([value, label]) => ({ value, label }))]}
                    value={filter.reason}
                    onChange={(value) => setFilter("reason", value)}
                  />
                </InlineStack>
              </div>
              {returns.length === 0 ? (
                <EmptyState heading={t("returns.emptyHeading")} image="">
                  <p>{t("returns.emptyBody")}</p>
                </EmptyState>
              ) : (
                <IndexTable
                  resourceName={{ singular: t("returns.singular"), plural: t("returns.plural") }}
                  itemCount={returns.length}
                  selectable={false}
                  headings={[{ title: t("returns.columns.return") }, { title: t("returns.columns.customer") }, { title: t("returns.columns.items") }, { title: t("returns.columns.reason") }, { title: t("returns.columns.resolution") }, { title: t("returns.columns.requested") }]}
                >
                  {returns.map((row, index) => (
                    <IndexTable.Row id={row.id} key={row.id} position={index}>
                      <IndexTable.Cell>
                        <BlockStack gap="100">
                          <InlineStack gap="200" blockAlign="center" wrap={false}>
                            {row.ticketId ? (
                              <Link url={`/app/tickets/${row.ticketId}`} removeUnderline>
                                <Text as="span" fontWeight="semibold">
                                  {row.name}
                                </Text>
                              </Link>
                            ) : (
                              <Text as="span" fontWeight="semibold">
                                {row.name}
                              </Text>
                            )}
                            <Badge tone={STATUS_TONES[row.status]}>{t(`ticket.returns.status.${row.status}`)}</Badge>
                          </InlineStack>
                          {row.orderName ? (
                            <Text as="span" tone="subdued" variant="bodySm">
                              {t("returns.ofOrder", { order: row.orderName })}
                            </Text>
                          ) : null}
                        </BlockStack>
                      </IndexTable.Cell>
                      <IndexTable.Cell>
                        <BlockStack gap="100">
                          <Text as="span">{row.customerName ?? "—"}</Text>
                          {row.customerReturns > 1 ? (
                            <Text as="span" tone="subdued" variant="bodySm">
                              {t("returns.customerReturns", { count: row.customerReturns })}
                            </Text>
                          ) : null}
                        </BlockStack>
                      </IndexTable.Cell>
                      <IndexTable.Cell>
                        <BlockStack gap="050">
                          {row.items.map((item, itemIndex) => (
                            <Text as="span" key={itemIndex}>
                              {item}
                            </Text>
                          ))}
                        </BlockStack>
                      </IndexTable.Cell>
                      <IndexTable.Cell>{row.reasons.join(", ") || "—"}</IndexTable.Cell>
                      <IndexTable.Cell>{row.resolution ? t(`returnsPolicy.resolutions.${row.resolution}`) : "—"}</IndexTable.Cell>
                      <IndexTable.Cell>{formatDateTime(row.requestedAt, i18n.language)}</IndexTable.Cell>
                    </IndexTable.Row>
                  ))}
                </IndexTable>
              )}
            </BlockStack>
          </Card>
        </Layout.Section>
      </Layout>
    </Page>
  );
}
