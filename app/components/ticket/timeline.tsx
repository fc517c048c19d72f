import { InlineStack, Text } from "@shopify/polaris";
import { useTranslation } from "react-i18next";
import { formatDateTime, formatMoney } from "~/components/format";
import type { ActivityKind, ActorType } from "~/schemas/activity";

export interface TimelineActivity {
  id: string;
  kind: ActivityKind;
  /** The staff member's name, "" for an agent without one, null for the customer or the system. */
  actorName: string | null;
  actorType: ActorType;
  data: Record<string, unknown>;
  createdAt: string;
}

/** Activities the mail system reports (a bounce), not Shopify. */
const FROM_MAIL: ReadonlySet<ActivityKind> = new Set(["reply_undelivered"]);

type Translate = (key: string, options?: Record<string, unknown>) => string;

function money(value: unknown, locale: string): string {
  if (value && typeof value === "object" && "amount" in value && "currencyCode" in value) {
    const { amount, currencyCode } = value as { amount: string; currencyCode: string };
    return formatMoney(amount, currencyCode, locale);
  }
  return "";
}

/** One line of the ticket's timeline, in the agent's language, from an activity's kind and data. */
function describe(activity: TimelineActivity, t: Translate, locale: string): string {
  const data = activity.data;
  const order = String(data.orderName ?? "");
  const status = (value: unknown) => (typeof value === "string" ? t(`ticket.status.${value}`, { defaultValue: value }) : "");
  switch (activity.kind) {
    case "ticket_created":
      return t("timeline.ticket_created", { channel: t(`inbox.channels.${String(data.channel ?? "EMAIL")}`, { defaultValue: String(data.channel ?? "") }) });
    case "status_changed":
      return data.reason === "customer_replied" ? t("timeline.reopened_by_customer") : data.reason === "snooze_ended" ? t("timeline.snooze_ended") : t("timeline.status_changed", { to: status(data.to) });
    case "priority_changed":
      return t("timeline.priority_changed", { to: t(`ticket.priority.${String(data.to)}`, { defaultValue: String(data.to) }) });
    case "assigned":
      return data.to ? t("timeline.assigned") : t("timeline.unassigned");
    case "tags_changed": {
      const added = ((data.added as string[] | undefined) ?? []).join(", ");
      const removed = ((data.removed as string[] | undefined) ?? []).join(", ");
      return added && removed ? t("timeline.tags_added_removed", { added, removed }) : removed ? t("timeline.tags_removed", { tags: removed }) : t("timeline.tags_added", { tags: added });
    }
    case "order_created":
      return t("timeline.order_created", { order });
    case "order_fulfilled":
      return t("timeline.order_fulfilled", { order, tracking: ((data.trackingNumbers as string[] | undefined) ?? []).join(", ") || "—" });
    case "order_cancelled":
      return t("timeline.order_cancelled", { order });
    case "order_status_changed":
      return t("timeline.order_status_changed", { order });
    case "order_edited":
      return data.total ? t("timeline.order_edited_total", { order, total: money(data.total, locale) }) : t("timeline.order_edited", { order });
    case "refund_created":
      return t("timeline.refund_created", { order, amount: data.amount && data.currency ? formatMoney(String(data.amount), String(data.currency), locale) : "" });
    case "order_refunded":
      return t("timeline.order_refunded", { order, amount: money(data.amount, locale) });
    case "order_address_changed":
      return t("timeline.order_address_changed", { order });
    case "order_invoice_sent":
      return t("timeline.order_invoice_sent", { order, to: String(data.to ?? "") });
    case "order_deleted":
      return t("timeline.order_deleted", { order });
    case "customer_deleted":
      return t("timeline.customer_deleted");
    case "order_linked":
      return t("timeline.order_linked", { order });
    case "return_requested":
      return t("timeline.return_requested", { name: String(data.returnName ?? "") });
    case "return_status_changed":
      return t(`timeline.return_status.${String(data.status)}`, {
        name: String(data.returnName ?? ""),
        reason: t(`ticket.returns.declineReasons.${String(data.declineReason ?? "OTHER")}`),
        defaultValue: String(data.status ?? ""),
      });
    case "reply_undelivered": {
      const recipient = typeof data.recipient === "string" && data.recipient ? data.recipient : t("timeline.theCustomer");
      const diagnostic = typeof data.diagnostic === "string" ? data.diagnostic : "";
      const code = typeof data.status === "string" && !diagnostic.includes(data.status) ? data.status : "";
      const reason = [diagnostic, code].filter(Boolean).join(" · ");
      return reason ? t("timeline.reply_undelivered", { recipient, reason }) : t("timeline.reply_undelivered_no_reason", { recipient });
    }
    default:
      return activity.kind.replace(/_/g, " ");
  }
}

/** A quiet line between messages: who did what, when. */
export function ActivityLine({ activity }: { activity: TimelineActivity }) {
  const { t, i18n } = useTranslation();
  const who =
    activity.actorType === "staff"
      ? activity.actorName || t("ticket.presence.anotherAgent")
      : activity.actorType === "customer"
        ? t("timeline.customer")
        : activity.actorType === "rule"
          ? t("timeline.rule")
          : FROM_MAIL.has(activity.kind)
          ? t("timeline.mail")
          : t("timeline.shopify");
  return (
    <div style={{ padding: "0 var(--p-space-400)" }}>
      <InlineStack align="space-between" blockAlign="center" gap="200" wrap={false}>
        <Text as="p" tone="subdued" variant="bodySm">
          {`${who} · ${describe(activity, t, i18n.language)}`}
        </Text>
        <Text as="span" tone="subdued" variant="bodySm">
          {formatDateTime(activity.createdAt, i18n.language)}
        </Text>
      </InlineStack>
    </div>
  );
}
