import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useFetcher, useLoaderData, useNavigate, useSearchParams } from "@remix-run/react";
import { Badge, BlockStack, Card, Icon, IndexTable, InlineStack, Modal, Page, Pagination, Select, Tabs, Text, TextField, useIndexResourceState } from "@shopify/polaris";
import { SearchIcon } from "@shopify/polaris-icons";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { formatDateTime, formatRelative } from "~/components/format";
import { TicketStatusBadge } from "~/components/ticket-badges";
import { SUPPORTED_LOCALES } from "~/i18n";
import { INBOX_SORTS, INBOX_VIEWS, type InboxView } from "~/inbox-views";
import { countInboxViews, listInboxTickets, ticketSummary } from "~/models/inbox.server";
import type { TicketAction } from "~/schemas/ticket-actions";
import { changeTickets } from "~/services/tickets/change-tickets.server";
import { listStaffMembers } from "~/models/staff-member.server";
import { TICKET_INTENTS, TICKET_SENTIMENTS } from "~/schemas/ticket-labels";
import { requireStaffId, staffIdOf } from "~/shopify/staff-id";
import { authenticate } from "~/shopify.server";
import { isUuid } from "~/uuid";

const CHANNELS = ["EMAIL", "CONTACT_FORM", "RETURNS_PORTAL"] as const;

/** The inbox's filters and sort, from the URL; anything unknown is ignored rather than refused. */
const InboxFilters = z.object({
  channel: z.enum(CHANNELS).nullable().catch(null).default(null),
  language: z.enum(SUPPORTED_LOCALES).nullable().catch(null).default(null),
  tag: z.string().trim().min(1).max(100).nullable().catch(null).default(null),
  assignee: z.union([z.enum(["none", "me"]), z.string().regex(/^\d{1,19}$/)]).nullable().catch(null).default(null),
  intent: z.enum(TICKET_INTENTS).nullable().catch(null).default(null),
  sentiment: z.enum(TICKET_SENTIMENTS).nullable().catch(null).default(null),
  hasOrder: z.string().optional().transform((value) => value === "1"),
  sort: z.enum(INBOX_SORTS).catch("activity").default("activity"),
});

export const meta: MetaFunction = () => [{ title: "Inbox · Frontdesk" }];

export const loader = async ({ request }: LoaderFunctionArgs) => {
  const { session, sessionToken } = await authenticate.admin(request);
  const url = new URL(request.url);
  const requested = url.searchParams.get("view");
  const view: InboxView = (INBOX_VIEWS as readonly string[]).includes(requested ?? "") ? (requested as InboxView) : "open";
  const staffId = staffIdOf(sessionToken);
  const filters = InboxFilters.parse(Object.fromEntries(url.searchParams));
  const assignee = filters.assignee === "none" ? "none" : filters.assignee === "me" ? staffId : filters.assignee ? BigInt(filters.assignee) : null;
  const [page, counts, staff] = await Promise.all([
    listInboxTickets(session.shop, { view, staffId, search: url.searchParams.get("q"), ...filters, assignee, after: url.searchParams.get("after"), before: url.searchParams.get("before") }),
    countInboxViews(session.shop, staffId),
    listStaffMembers(session.shop),
  ]);
  return {
    view,
    now: new Date().toISOString(),
    staff: staff.filter((member) => member.id !== staffId).map((member) => ({ id: member.id.toString(), name: member.name })),
    search: url.searchParams.get("q") ?? "",
    counts,
    nextCursor: page.nextCursor,
    previousCursor: page.previousCursor,
    tickets: page.tickets.map((ticket) => ({
      ...ticketSummary(ticket),
      assigned: ticket.assigneeId !== null,
      mine: staffId !== null && ticket.assigneeId === staffId,
      lastMessageAt: ticket.lastMessageAt.toISOString(),
      slaDueAt: ticket.slaDueAt?.toISOString() ?? null,
      intent: ticket.intent,
      sentiment: ticket.sentiment,
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
  z.object({ intent: z.literal("tag"), ids: z.string(), tag: z.string().trim().min(1).max(100) }),
]);

export const action = async ({ request }: ActionFunctionArgs) => {
  const { session, sessionToken } = await authenticate.admin(request);
  const staffId = requireStaffId(sessionToken);
  const form = BulkForm.safeParse(Object.fromEntries(await request.formData()));
  if (!form.success) return Response.json({ error: form.error.message }, { status: 422 });
  const ids = form.data.ids.split(",").filter(isUuid);
  const data = form.data;
  const action: TicketAction =
    data.intent === "close"
      ? { type: "set_status", status: "CLOSED" }
      : data.intent === "tag"
        ? { type: "add_tags", tags: [data.tag] }
        : { type: "assign", staffId: data.intent === "assignToMe" ? staffId : null };
  const { found } = await changeTickets(session.shop, ids, [action], { type: "staff", staffId });
  return { updated: found };
};

/** A labelled select that sets one URL parameter and goes back to the first page. */
function FilterSelect({ name, label, options }: { name: string; label: string; options: Array<{ value: string; label: string }> }) {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  return (
    <Select
      label={label}
      labelInline
      value={params.get(name) ?? ""}
      options={[{ value: "", label: t("inbox.filters.any") }, ...options]}
      onChange={(value) => navigate(`?${withParams(params, { [name]: value || null })}`)}
    />
  );
}

function withParams(params: URLSearchParams, changes: Record<string, string | null>, keepPage = false): URLSearchParams {
  const next = new URLSearchParams(params);
  if (!keepPage) {
    next.delete("after");
    next.delete("before");
  }
  for (const [key, value] of Object.entries(changes)) {
    if (value === null) next.delete(key);
    else next.set(key, value);
  }
  return next;
}

function InboxFilterBar() {
  const { staff } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const [tag, setTag] = useState(params.get("tag") ?? "");
  useEffect(() => setTag(params.get("tag") ?? ""), [params]);
  const applyTag = () => tag.trim() !== (params.get("tag") ?? "") && navigate(`?${withParams(params, { tag: tag.trim() || null })}`);
  return (
    <InlineStack gap="300" blockAlign="center">
      <FilterSelect name="channel" label={t("inbox.filters.channel")} options={CHANNELS.map((channel) => ({ value: channel, label: t(`inbox.channels.${channel}`) }))} />
      <FilterSelect
        name="assignee"
        label={t("inbox.filters.assignee")}
        options={[
          { value: "me", label: t("inbox.filters.me") },
          { value: "none", label: t("inbox.filters.nobody") },
          ...staff.map((member) => ({ value: member.id, label: member.name ?? t("inbox.filters.staffMember", { id: member.id.slice(-4) }) })),
        ]}
      />
      <FilterSelect name="language" label={t("inbox.filters.language")} options={SUPPORTED_LOCALES.map((language) => ({ value: language, label: t(`languages.${language}`) }))} />
      <FilterSelect name="intent" label={t("inbox.filters.intent")} options={TICKET_INTENTS.map((intent) => ({ value: intent, label: t(`intents.${intent}`) }))} />
      <FilterSelect name="sentiment" label={t("inbox.filters.sentiment")} options={TICKET_SENTIMENTS.map((sentiment) => ({ value: sentiment, label: t(`sentiments.${sentiment}`) }))} />
      <FilterSelect name="hasOrder" label={t("inbox.filters.orders")} options={[{ value: "1", label: t("inbox.filters.hasOrder") }]} />
      <div style={{ width: 180 }} onKeyDown={(event) => event.key === "Enter" && (event.preventDefault(), applyTag())}>
        <TextField label={t("inbox.filters.tag")} labelHidden placeholder={t("inbox.filters.tagPlaceholder")} autoComplete="off" value={tag} onChange={setTag} onBlur={() => void applyTag()} clearButton onClearButtonClick={() => navigate(`?${withParams(params, { tag: null })}`)} />
      </div>
      <Select
        label={t("inbox.sort.label")}
        labelInline
        value={params.get("sort") ?? "activity"}
        options={INBOX_SORTS.map((sort) => ({ value: sort, label: t(`inbox.sort.${sort}`) }))}
        onChange={(value) => navigate(`?${withParams(params, { sort: value === "activity" ? null : value })}`)}
      />
    </InlineStack>
  );
}

function SlaDue({ dueAt, now }: { dueAt: string | null; now: string }) {
  const { t, i18n } = useTranslation();
  if (!dueAt) return null;
  const overdue = new Date(dueAt) < new Date(now);
  const when = formatRelative(dueAt, now, i18n.language);
  return <Badge tone={overdue ? "critical" : new Date(dueAt).getTime() - new Date(now).getTime() < 3_600_000 ? "warning" : undefined}>{overdue ? t("inbox.sla.overdue", { when }) : t("inbox.sla.due", { when })}</Badge>;
}

export default function InboxPage() {
  const { view, search, counts, tickets, nextCursor, previousCursor, now } = useLoaderData<typeof loader>();
  const [query, setQuery] = useState(search);
  useEffect(() => setQuery(search), [search]);
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const fetcher = useFetcher();
  const { selectedResources, allResourcesSelected, handleSelectionChange, clearSelection } = useIndexResourceState(tickets);
  const [tagging, setTagging] = useState(false);
  const [bulkTag, setBulkTag] = useState("");

  const tabs = INBOX_VIEWS.map((id) => ({ id, content: t(`inbox.views.${id}`), badge: String(counts[id]), accessibilityLabel: `${t(`inbox.views.${id}`)} ${counts[id]}` }));
  const go = (changes: Record<string, string | null>, keepPage = false) => navigate(`?${withParams(params, changes, keepPage)}`);
  const bulk = (intent: string, fields: Record<string, string> = {}) => {
    fetcher.submit({ intent, ids: selectedResources.join(","), ...fields }, { method: "post" });
    clearSelection();
  };
  const applyBulkTag = () => {
    if (!bulkTag.trim()) return;
    bulk("tag", { tag: bulkTag.trim() });
    setTagging(false);
    setBulkTag("");
  };

  return (
    <Page title={t("inbox.title")} fullWidth>
      <Card padding="0">
        <Tabs tabs={tabs} selected={Math.max(0, INBOX_VIEWS.indexOf(view))} onSelect={(index) => go({ view: INBOX_VIEWS[index]! })} />
        <div style={{ padding: "var(--p-space-200) var(--p-space-300)" }}>
          <BlockStack gap="200">
            <form
              role="search"
              onSubmit={(event) => {
                event.preventDefault();
                go({ q: query.trim() || null });
              }}
            >
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
                  go({ q: null });
                }}
              />
            </form>
            <InboxFilterBar />
          </BlockStack>
        </div>
        <IndexTable
          resourceName={{ singular: t("inbox.ticket"), plural: t("inbox.tickets") }}
          itemCount={tickets.length}
          selectedItemsCount={allResourcesSelected ? "All" : selectedResources.length}
          onSelectionChange={handleSelectionChange}
          promotedBulkActions={[
            { content: t("inbox.bulk.close"), onAction: () => bulk("close") },
            { content: t("inbox.bulk.assignToMe"), onAction: () => bulk("assignToMe") },
            { content: t("inbox.bulk.tag"), onAction: () => setTagging(true) },
          ]}
          bulkActions={[{ content: t("inbox.bulk.unassign"), onAction: () => bulk("unassign") }]}
          emptyState={
            <div style={{ padding: "var(--p-space-800)", textAlign: "center" }}>
              <Text as="p" tone="subdued">
                {t("inbox.empty")}
              </Text>
            </div>
          }
          headings={[
            { title: t("inbox.columns.ticket") },
            { title: t("inbox.columns.customer") },
            { title: t("inbox.columns.status") },
            { title: t("inbox.columns.due") },
            { title: t("inbox.columns.lastActivity"), alignment: "end" },
          ]}
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
                    {ticket.intent ? <Badge tone="info">{t(`intents.${ticket.intent}`, { defaultValue: ticket.intent })}</Badge> : null}
                    {ticket.sentiment === "negative" ? <Badge tone="warning">{t("sentiments.negative")}</Badge> : null}
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
                <SlaDue dueAt={ticket.slaDueAt} now={now} />
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
            onPrevious={() => go({ before: previousCursor, after: null }, true)}
            onNext={() => go({ after: nextCursor, before: null }, true)}
          />
        </div>
      </Card>
      <Modal
        open={tagging}
        onClose={() => setTagging(false)}
        title={t("inbox.bulk.tagTitle", { count: selectedResources.length })}
        primaryAction={{ content: t("inbox.bulk.tagApply"), onAction: applyBulkTag, disabled: !bulkTag.trim() }}
        secondaryActions={[{ content: t("common.cancel"), onAction: () => setTagging(false) }]}
      >
        <Modal.Section>
          <form
            onSubmit={(event) => {
              event.preventDefault();
              applyBulkTag();
            }}
          >
            <TextField label={t("inbox.filters.tag")} autoComplete="off" value={bulkTag} onChange={setBulkTag} autoFocus maxLength={100} />
          </form>
        </Modal.Section>
      </Modal>
    </Page>
  );
}
