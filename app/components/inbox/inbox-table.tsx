import { useFetcher, useNavigate } from "@remix-run/react";
import { useAppBridge } from "@shopify/app-bridge-react";
import { Badge, BlockStack, IndexTable, InlineStack, Text, useIndexResourceState } from "@shopify/polaris";
import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { formatDateTime } from "~/components/format";
import { TicketStatusBadge } from "~/components/ticket-badges";
import type { InboxTicketView } from "~/presenters/inbox";
import { BulkTagModal } from "./bulk-tag-modal";
import { SlaDue } from "./sla-due";

type BulkIntent = "close" | "assignToMe" | "unassign" | "tag";

/**
 * One page of the inbox as a table: a row per ticket, opening it on click, and the bulk actions
 * (close, assign to me, tag, unassign) posted to the page's action for the selected rows. A toast
 * says how many tickets each changed, once the table shows them changed.
 */
export function InboxTable({ tickets, now }: { tickets: InboxTicketView[]; now: string }) {
  const { t } = useTranslation();
  const shopify = useAppBridge();
  const fetcher = useFetcher<{ updated?: number }>();
  const { selectedResources, allResourcesSelected, handleSelectionChange, clearSelection } = useIndexResourceState(tickets);
  const [tagging, setTagging] = useState(false);
  const submitted = useRef<BulkIntent | null>(null);
  const bulk = (intent: BulkIntent, fields: Record<string, string> = {}) => {
    submitted.current = intent;
    fetcher.submit({ intent, ids: selectedResources.join(","), ...fields }, { method: "post" });
    clearSelection();
  };
  // The fetcher is idle again once the page's data has been reloaded.
  useEffect(() => {
    const intent = submitted.current;
    if (fetcher.state !== "idle" || !intent || !fetcher.data) return;
    submitted.current = null;
    const { updated } = fetcher.data;
    if (typeof updated === "number") shopify.toast.show(t(`inbox.bulk.done.${intent}`, { count: updated }));
    else shopify.toast.show(t("inbox.bulk.failed"), { isError: true });
  }, [fetcher.state, fetcher.data, shopify, t]);
  return (
    <>
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
          <InboxRow key={ticket.id} ticket={ticket} position={index} selected={selectedResources.includes(ticket.id)} now={now} />
        ))}
      </IndexTable>
      <BulkTagModal
        open={tagging}
        count={selectedResources.length}
        onClose={() => setTagging(false)}
        onApply={(tag) => {
          bulk("tag", { tag });
          setTagging(false);
        }}
      />
    </>
  );
}

function InboxRow({ ticket, position, selected, now }: { ticket: InboxTicketView; position: number; selected: boolean; now: string }) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  return (
    <IndexTable.Row id={ticket.id} position={position} selected={selected} onClick={() => navigate(`/app/tickets/${ticket.id}`)}>
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
          {ticket.languageName ? (
            <Text as="span" tone="subdued" variant="bodySm">
              {ticket.languageName}
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
  );
}
