import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useFetcher, useLoaderData, useNavigate, useSearchParams } from "@remix-run/react";
import { Badge, BlockStack, Card, Icon, IndexTable, InlineStack, Page, Pagination, Select, Tabs, Text, TextField, useIndexResourceState } from "@shopify/polaris";
import { SearchIcon } from "@shopify/polaris-icons";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { formatDateTime } from "~/components/format";
import { TicketStatusBadge } from "~/components/ticket-badges";
import { SUPPORTED_LOCALES } from "~/i18n";
import { INBOX_VIEWS, type InboxView } from "~/inbox-views";
import { countInboxViews, listInboxTickets, ticketSummary, updateTickets } from "~/models/inbox.server";
import { requireStaffId, staffIdOf } from "~/shopify/staff-id";
import { authenticate } from "~/shopify.server";

const CHANNELS = ["EMAIL", "CONTACT_FORM", "RETURNS_PORTAL"] as const;

export const meta: MetaFunction = () => [{ title: "Inbox · Frontdesk" }];

export const loader = async ({ request }: LoaderFunctionArgs) => {
  const { session, sessionToken } = await authenticate.admin(request);
  const url = new URL(request.url);
  const requested = url.searchParams.get("view");
  const view: InboxView = (INBOX_VIEWS as readonly string[]).includes(requested ?? "") ? (requested as InboxView) : "open";
  const staffId = staffIdOf(sessionToken);
  const [page, counts] = await Promise.all([
    listInboxTickets(session.shop, {
      view,
      staffId,
      search: url.searchParams.get("q"),
      channel: CHANNELS.find((channel) => channel === url.searchParams.get("channel")) ?? null,
      language: SUPPORTED_LOCALES.find((language) => language === url.searchParams.get("language")) ?? null,
      hasOrder: url.searchParams.get("hasOrder") === "1",
      after: url.searchParams.get("after"),
      before: url.searchParams.get("before"),
    }),
    countInboxViews(session.shop, staffId),
  ]);
  return {
    view,
    search: url.searchParams.get("q") ?? "",
    counts,
    nextCursor: page.nextCursor,
    previousCursor: page.previousCursor,
    tickets: page.tickets.map((ticket) => ({
      ...ticketSummary(ticket),
      assigned: ticket.assigneeId !== null,
      mine: staffId !== null && ticket.assigneeId === staffId,
      lastMessageAt: ticket.lastMessageAt.toISOString(),
      customer: ticket.customer ? [ticket.customer.firstName, ticket.customer.lastName].filter(Boolean).join(" ") || ticket.customer.email : null,
      snippet: ticket.messages[0]?.text.replace(/\s+/g, " ").slice(0, 140) ?? "",
      awaitingReply: ticket.messages[0]?.direction === "INBOUND",
      orders: ticket._count.orders,
    })),
  };
};

const BulkForm = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("close"), ids: z.string() }),
  z.object({ intent: z.literal("assignToMe"), ids: z.string() }),
  z.object({ intent: z.literal("unassign"), ids: z.string() }),
]);

export const action = async ({ request }: ActionFunctionArgs) => {
  const { session, sessionToken } = await authenticate.admin(request);
  const staffId = requireStaffId(sessionToken);
  const form = BulkForm.safeParse(Object.fromEntries(await request.formData()));
  if (!form.success) return Response.json({ error: form.error.message }, { status: 422 });
  const ids = form.data.ids.split(",").filter((id) => /^[0-9a-f-]{36}$/.test(id));
  const action =
    form.data.intent === "close" ? ({ kind: "close" } as const) : ({ kind: "assign", staffId: form.data.intent === "assignToMe" ? staffId : null } as const);
  return { updated: await updateTickets(session.shop, ids, action, { staffId }) };
};

export default function InboxPage() {
  const { view, search, counts, tickets, nextCursor, previousCursor } = useLoaderData<typeof loader>();
  const [query, setQuery] = useState(search);
  useEffect(() => setQuery(search), [search]);
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const fetcher = useFetcher();
  const { selectedResources, allResourcesSelected, handleSelectionChange, clearSelection } = useIndexResourceState(tickets);

  const tabs = INBOX_VIEWS.map((id) => ({ id, content: t(`inbox.views.${id}`), badge: String(counts[id]), accessibilityLabel: `${t(`inbox.views.${id}`)} ${counts[id]}` }));
  const go = (changes: Record<string, string | null>) => {
    const next = new URLSearchParams(params);
    for (const [key, value] of Object.entries(changes)) {
      if (value === null) next.delete(key);
      else next.set(key, value);
    }
    navigate(`?${next}`);
  };
  const bulk = (intent: string) => {
    fetcher.submit({ intent, ids: selectedResources.join(",") }, { method: "post" });
    clearSelection();
  };

  return (
    <Page title={t("inbox.title")} fullWidth>
      <Card padding="0">
        <Tabs tabs={tabs} selected={Math.max(0, INBOX_VIEWS.indexOf(view))} onSelect={(index) => go({ view: INBOX_VIEWS[index]!, after: null, before: null })} />
        <div style={{ padding: "var(--p-space-200) var(--p-space-300)" }}>
          <form
            role="search"
            onSubmit={(event) => {
              event.preventDefault();
              go({ q: query.trim() || null, after: null, before: null });
            }}
          >
            <InlineStack gap="200" wrap={false} blockAlign="end">
            <div style={{ flex: 1 }}>
            <TextField
              label={t("inbox.search")}
              labelHidden
              autoComplete="off"
              placeholder={t("inbox.searchPlaceholder")}
              prefix={<Icon source={SearchIcon} />}
              value={query}
              onChange={setQuery}
              clearButton
              onClearButtonClick={() => {
                setQuery("");
                go({ q: null, after: null, before: null });
              }}
            />
            </div>
            <Select
              label={t("inbox.filters.channel")}
              labelInline
              value={params.get("channel") ?? ""}
              options={[{ value: "", label: t("inbox.filters.any") }, ...CHANNELS.map((channel) => ({ value: channel, label: t(`inbox.channels.${channel}`) }))]}
              onChange={(value) => go({ channel: value || null, after: null, before: null })}
            />
            <Select
              label={t("inbox.filters.language")}
              labelInline
              value={params.get("language") ?? ""}
              options={[{ value: "", label: t("inbox.filters.any") }, ...SUPPORTED_LOCALES.map((language) => ({ value: language, label: t(`languages.${language}`) }))]}
              onChange={(value) => go({ language: value || null, after: null, before: null })}
            />
            <Select
              label={t("inbox.filters.orders")}
              labelInline
              value={params.get("hasOrder") ?? ""}
              options={[{ value: "", label: t("inbox.filters.any") }, { value: "1", label: t("inbox.filters.hasOrder") }]}
              onChange={(value) => go({ hasOrder: value || null, after: null, before: null })}
            />
            </InlineStack>
          </form>
        </div>
        <IndexTable
          resourceName={{ singular: t("inbox.ticket"), plural: t("inbox.tickets") }}
          itemCount={tickets.length}
          selectedItemsCount={allResourcesSelected ? "All" : selectedResources.length}
          onSelectionChange={handleSelectionChange}
          promotedBulkActions={[
            { content: t("inbox.bulk.close"), onAction: () => bulk("close") },
            { content: t("inbox.bulk.assignToMe"), onAction: () => bulk("assignToMe") },
          ]}
          bulkActions={[{ content: t("inbox.bulk.unassign"), onAction: () => bulk("unassign") }]}
          emptyState={
            <div style={{ padding: "var(--p-space-800)", textAlign: "center" }}>
              <Text as="p" tone="subdued">
                {t("inbox.empty")}
              </Text>
            </div>
          }
          headings={[{ title: t("inbox.columns.ticket") }, { title: t("inbox.columns.customer") }, { title: t("inbox.columns.status") }, { title: t("inbox.columns.lastActivity"), alignment: "end" }]}
        >
          {tickets.map((ticket, index) => (
            <IndexTable.Row
              id={ticket.id}
              key={ticket.id}
              position={index}
              selected={selectedResources.includes(ticket.id)}
              onClick={() => navigate(`/app/tickets/${ticket.id}`)}
            >
              <IndexTable.Cell>
                <BlockStack gap="050">
                  <InlineStack gap="200" blockAlign="center" wrap={false}>
                    <Text as="span" tone="subdued" variant="bodySm">
                      #{ticket.number}
                    </Text>
                    <Text as="span" fontWeight={ticket.awaitingReply ? "bold" : "regular"}>
                      {ticket.subject}
                    </Text>
                    {ticket.priority === "URGENT" || ticket.priority === "HIGH" ? <Badge tone="critical">{t(`ticket.priority.${ticket.priority}`)}</Badge> : null}
                    {ticket.tags.map((tag) => (
                      <Badge key={tag}>{tag}</Badge>
                    ))}
                  </InlineStack>
                  <Text as="span" tone="subdued" variant="bodySm" truncate>
                    {ticket.snippet}
                  </Text>
                </BlockStack>
              </IndexTable.Cell>
              <IndexTable.Cell>
                <BlockStack gap="050">
                  <Text as="span">{ticket.customer ?? t("inbox.noName")}</Text>
                  {ticket.language ? (
                    <Text as="span" tone="subdued" variant="bodySm">
                      {t(`languages.${ticket.language}`, { defaultValue: ticket.language })}
                    </Text>
                  ) : null}
                </BlockStack>
              </IndexTable.Cell>
              <IndexTable.Cell>
                <InlineStack gap="100">
                  <TicketStatusBadge status={ticket.status} />
                  {ticket.mine ? <Badge tone="info">{t("inbox.mine")}</Badge> : null}
                </InlineStack>
              </IndexTable.Cell>
              <IndexTable.Cell>
                <Text as="span" alignment="end" tone="subdued" variant="bodySm">
                  {formatDateTime(ticket.lastMessageAt, i18n.language)}
                </Text>
              </IndexTable.Cell>
            </IndexTable.Row>
          ))}
        </IndexTable>
        <div style={{ padding: "var(--p-space-300)", display: "flex", justifyContent: "center" }}>
          <Pagination
            hasPrevious={Boolean(previousCursor)}
            hasNext={Boolean(nextCursor)}
            onPrevious={() => go({ before: previousCursor, after: null })}
            onNext={() => go({ after: nextCursor, before: null })}
          />
        </div>
      </Card>
    </Page>
  );
}
