import { useFetcher } from "@remix-run/react";
import { Badge, BlockStack, Button, Card, InlineStack, Select, Text, TextField } from "@shopify/polaris";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { formatDateTime, formatDuration } from "~/components/format";
import { TicketStatusBadge } from "~/components/ticket-badges";
import type { TicketView } from "~/presenters/ticket";

const SNOOZE_PRESETS = { hour: () => new Date(Date.now() + 3_600_000), tomorrow: () => atNine(1), nextWeek: () => atNine(7) } as const;

/** 9:00 in the agent's time zone, `daysAhead` days from today. */
function atNine(daysAhead: number): Date {
  const date = new Date();
  date.setDate(date.getDate() + daysAhead);
  date.setHours(9, 0, 0, 0);
  return date;
}

/** The ticket's own fields beside the thread: its status and labels, assignee, response times, priority, snooze and tags, each posted to the page's action. */
export function TicketDetails({ ticket }: { ticket: TicketView }) {
  const { t, i18n } = useTranslation();
  const fetcher = useFetcher();
  const submit = (fields: Record<string, string>) => fetcher.submit(fields, { method: "post" });
  const [tags, setTags] = useState(ticket.tags.join(", "));
  useEffect(() => setTags(ticket.tags.join(", ")), [ticket.tags]);
  return (
    <Card>
      <BlockStack gap="300">
        <InlineStack align="space-between" blockAlign="center" gap="200">
          <Text as="h2" variant="headingMd">
            {t("ticket.details")}
          </Text>
          <TicketStatusBadge status={ticket.status} />
        </InlineStack>
        {ticket.intent || ticket.sentiment ? (
          <InlineStack gap="100">
            {ticket.intent ? <Badge tone="info">{t(`intents.${ticket.intent}`, { defaultValue: ticket.intent })}</Badge> : null}
            {ticket.sentiment ? <Badge tone={ticket.sentiment === "negative" ? "warning" : undefined}>{t(`sentiments.${ticket.sentiment}`, { defaultValue: ticket.sentiment })}</Badge> : null}
          </InlineStack>
        ) : null}
        <InlineStack align="space-between" blockAlign="center">
          <Text as="span">{ticket.assignedToMe ? t("ticket.assignedToYou") : ticket.assigned ? t("ticket.assignedToSomeone") : t("ticket.unassigned")}</Text>
          <Button size="slim" onClick={() => submit({ intent: "assign", to: ticket.assignedToMe ? "nobody" : "me" })}>
            {ticket.assignedToMe ? t("inbox.bulk.unassign") : t("inbox.bulk.assignToMe")}
          </Button>
        </InlineStack>
        <BlockStack gap="050">
          <Text as="p" tone="subdued" variant="bodySm">
            {ticket.firstResponseMs !== null ? t("ticket.firstResponse", { time: formatDuration(ticket.firstResponseMs, i18n.language) }) : t("ticket.noFirstResponse")}
          </Text>
          {ticket.resolutionMs !== null ? (
            <Text as="p" tone="subdued" variant="bodySm">
              {t("ticket.resolvedIn", { time: formatDuration(ticket.resolutionMs, i18n.language) })}
            </Text>
          ) : null}
        </BlockStack>
        <Select
          label={t("ticket.priorityLabel")}
          value={ticket.priority}
          options={(["LOW", "NORMAL", "HIGH", "URGENT"] as const).map((value) => ({ value, label: t(`ticket.priority.${value}`) }))}
          onChange={(priority) => submit({ intent: "priority", priority })}
        />
        <Select
          label={t("ticket.snooze")}
          value=""
          options={[{ value: "", label: ticket.snoozedUntil ? t("ticket.snoozedUntil", { time: formatDateTime(ticket.snoozedUntil, i18n.language) }) : t("ticket.snoozeChoose") }, ...(["hour", "tomorrow", "nextWeek"] as const).map((value) => ({ value, label: t(`ticket.snoozePresets.${value}`) }))]}
          onChange={(preset) => preset && submit({ intent: "snooze", until: SNOOZE_PRESETS[preset as keyof typeof SNOOZE_PRESETS]().toISOString() })}
        />
        <TextField
          label={t("ticket.tags")}
          value={tags}
          onChange={setTags}
          autoComplete="off"
          helpText={t("ticket.tagsHelp")}
          onBlur={() => tags !== ticket.tags.join(", ") && submit({ intent: "tags", tags })}
        />
      </BlockStack>
    </Card>
  );
}
