import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useFetcher, useLoaderData } from "@remix-run/react";
import { AttachmentIcon } from "@shopify/polaris-icons";
import { Badge, Banner, BlockStack, Box, Button, ButtonGroup, Card, Divider, InlineStack, Layout, Link, Page, Select, Text, TextField } from "@shopify/polaris";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { formatDateTime, formatDuration } from "~/components/format";
import { FinancialStatusBadge, FulfillmentStatusBadge } from "~/components/order-status-badges";
import { PresenceBanner, useTicketPresence } from "~/components/ticket/presence";
import { TicketStatusBadge } from "~/components/ticket-badges";
import { getTicketPage, ticketSummary } from "~/models/inbox.server";
import type { TicketAction } from "~/schemas/ticket-actions";
import { changeTickets } from "~/services/tickets/change-tickets.server";
import { toOrderView } from "~/order-view";
import { CustomerSidebar } from "~/components/ticket/customer-sidebar";
import { MessageHtml } from "~/components/ticket/message-html";
import { ActivityLine, SHOWN_AS_MESSAGES, type TimelineActivity } from "~/components/ticket/timeline";
import { messageHtmlForDisplay } from "~/email/sanitize-html";
import { skipRevalidationAfterPreviews } from "~/components/order-actions/use-order-action";
import { listStaffMembers } from "~/models/staff-member.server";
import { addTicketMessage, TicketConflictError, TicketMessageError } from "~/services/tickets/add-ticket-message.server";
import { requireStaffId } from "~/shopify/staff-id";
import { authenticate } from "~/shopify.server";

export const shouldRevalidate = skipRevalidationAfterPreviews;

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data ? `#${data.ticket.number} ${data.ticket.subject} · Frontdesk` : "Frontdesk" }];

export const loader = async ({ request, params }: LoaderFunctionArgs) => {
  const { session, sessionToken } = await authenticate.admin(request);
  const page = await getTicketPage(session.shop, params.id ?? "");
  if (!page) throw new Response("Ticket not found", { status: 404 });
  const { ticket, orders, otherTickets } = page;
  const staffNames = new Map((await listStaffMembers(session.shop)).map((member) => [member.id.toString(), member.name ?? ""]));
  return {
    ticket: {
      ...ticketSummary(ticket),
      snoozedUntil: ticket.snoozedUntil?.toISOString() ?? null,
      intent: ticket.intent,
      sentiment: ticket.sentiment,
      // Computed from the thread: the first reply, and closing, measured from the first message.
      firstResponseMs: ticket.firstResponseAt ? ticket.firstResponseAt.getTime() - ticket.createdAt.getTime() : null,
      resolutionMs: ticket.status === "CLOSED" && ticket.resolvedAt ? ticket.resolvedAt.getTime() - ticket.createdAt.getTime() : null,
      assignedToMe: ticket.assigneeId !== null && ticket.assigneeId.toString() === sessionToken?.sub,
      assigned: ticket.assigneeId !== null,
    },
    messages: ticket.messages.map((message) => ({
      id: message.id,
      direction: message.direction,
      authorName: message.authorName,
      authorEmail: message.authorEmail,
      text: message.text,
      // Sanitised again for display: remote images wait for "show images" (tracking pixels).
      ...(message.html ? messageHtmlForDisplay(message.html, message.attachments) : { html: null, remoteImagesHtml: null }),
      createdAt: message.createdAt.toISOString(),
      sentAt: message.sentAt?.toISOString() ?? null,
      // A bounce said this reply never arrived, and why.
      deliveryFailedAt: message.deliveryFailedAt?.toISOString() ?? null,
      deliveryError: message.deliveryError,
      attachments: message.attachments,
    })),
    customer: ticket.customer
      ? {
          name: [ticket.customer.firstName, ticket.customer.lastName].filter(Boolean).join(" ") || null,
          email: ticket.customer.email,
          language: ticket.customer.language ?? ticket.customer.shopifyLocale,
          tags: ticket.customer.tags,
          ordersCount: ticket.customer.ordersCount,
          amountSpent: ticket.customer.amountSpent.toString(),
          currencyCode: ticket.customer.currencyCode,
        }
      : null,
    orders: orders.map(toOrderView),
    otherTickets: otherTickets.map((other) => ({ ...other, lastMessageAt: other.lastMessageAt.toISOString() })),
    activities: ticket.activities
      .filter((activity) => !SHOWN_AS_MESSAGES.has(activity.kind))
      .map((activity): TimelineActivity => ({
        id: activity.id,
        kind: activity.kind,
        actorType: activity.actorType,
        actorName: activity.actorType === "staff" ? (staffNames.get(activity.actorId ?? "") ?? (activity.data as { staffName?: string } | null)?.staffName ?? "") : null,
        data: (activity.data ?? {}) as Record<string, unknown>,
        createdAt: activity.createdAt.toISOString(),
      })),
  };
};

const MessageFields = { text: z.string().min(1).max(50_000), idempotencyKey: z.string().uuid(), seenMessageId: z.string().optional() };
const TicketForm = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("reply"), ...MessageFields }),
  z.object({ intent: z.literal("note"), ...MessageFields }),
  z.object({ intent: z.literal("status"), status: z.enum(["OPEN", "PENDING", "CLOSED"]) }),
  z.object({ intent: z.literal("snooze"), until: z.string().datetime() }),
  z.object({ intent: z.literal("priority"), priority: z.enum(["LOW", "NORMAL", "HIGH", "URGENT"]) }),
  z.object({ intent: z.literal("assign"), to: z.enum(["me", "nobody"]) }),
  z.object({ intent: z.literal("tags"), tags: z.string().max(500) }),
]);

export const action = async ({ request, params }: ActionFunctionArgs) => {
  const { session, sessionToken } = await authenticate.admin(request);
  const staffId = requireStaffId(sessionToken);
  const form = TicketForm.safeParse(Object.fromEntries(await request.formData()));
  if (!form.success) return Response.json({ error: form.error.issues[0]?.message ?? "Invalid form" }, { status: 422 });
  const ticketId = params.id ?? "";
  const data = form.data;
  if (data.intent !== "reply" && data.intent !== "note") {
    const change: TicketAction =
      data.intent === "status"
        ? { type: "set_status", status: data.status }
        : data.intent === "snooze"
          ? { type: "snooze", until: new Date(data.until) }
          : data.intent === "priority"
            ? { type: "set_priority", priority: data.priority }
            : data.intent === "assign"
              ? { type: "assign", staffId: data.to === "me" ? staffId : null }
              : { type: "set_tags", tags: data.tags.split(",") };
    const { found } = await changeTickets(session.shop, [ticketId], [change], { type: "staff", staffId });
    if (!found) throw new Response("Ticket not found", { status: 404 });
    return { ok: true as const };
  }
  try {
    await addTicketMessage({
      shop: session.shop,
      ticketId,
      staff: { id: staffId },
      kind: data.intent,
      text: data.text,
      idempotencyKey: data.idempotencyKey,
      seenMessageId: data.seenMessageId ?? null,
    });
  } catch (error) {
    if (error instanceof TicketConflictError) {
      return Response.json({ error: error.message, conflict: { authorName: error.newer.authorName, direction: error.newer.direction } }, { status: 409 });
    }
    if (error instanceof TicketMessageError) return Response.json({ error: error.message }, { status: 422 });
    throw error;
  }
  return { ok: true as const };
};

/**
 * An attachment's bytes through `fetch` (App Bridge adds the session token, which a plain link or
 * `<img src>` in the admin's iframe would not carry).
 */
async function fetchAttachment(attachmentId: string): Promise<Blob> {
  const response = await fetch(`/app/attachments/${attachmentId}`);
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return response.blob();
}

/** Downloads an attachment (see fetchAttachment) and hands it to the browser as a file. */
function AttachmentButton({ attachment }: { attachment: { id: string; filename: string; size: number } }) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const download = async () => {
    setBusy(true);
    try {
      const url = URL.createObjectURL(await fetchAttachment(attachment.id));
      const link = Object.assign(document.createElement("a"), { href: url, download: attachment.filename });
      document.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Button size="slim" icon={AttachmentIcon} loading={busy} onClick={() => void download()} accessibilityLabel={t("ticket.downloadAttachment", { name: attachment.filename })}>
      {`${attachment.filename} · ${formatBytes(attachment.size)}`}
    </Button>
  );
}

function formatBytes(size: number): string {
  return size < 1024 ? `${size} B` : size < 1024 * 1024 ? `${Math.round(size / 1024)} KB` : `${(size / 1024 / 1024).toFixed(1)} MB`;
}

const MESSAGE_BACKGROUND = { INBOUND: "bg-surface", OUTBOUND: "bg-surface-info", NOTE: "bg-surface-warning" } as const;

function Thread() {
  const { messages, activities } = useLoaderData<typeof loader>();
  // Messages and the timeline's activities, in the order they happened.
  const entries = [...messages.map((message) => ({ at: message.createdAt, message, activity: null })), ...activities.map((activity) => ({ at: activity.createdAt, message: null, activity }))].sort(
    (a, b) => a.at.localeCompare(b.at),
  );
  return (
    <BlockStack gap="300">
      {entries.map(({ message, activity }) => (activity ? <ActivityLine key={activity.id} activity={activity} /> : <ThreadMessage key={message!.id} message={message!} />))}
    </BlockStack>
  );
}

type ThreadMessageData = ReturnType<typeof useLoaderData<typeof loader>>["messages"][number];

function ThreadMessage({ message }: { message: ThreadMessageData }) {
  const { t, i18n } = useTranslation();
  return (
    <Box background={MESSAGE_BACKGROUND[message.direction]} padding="400" borderRadius="300" borderWidth="025" borderColor="border">
      <BlockStack gap="200">
        <InlineStack align="space-between" blockAlign="center">
          <InlineStack gap="200" blockAlign="center">
            <Text as="span" fontWeight="semibold">
              {message.authorName ?? message.authorEmail ?? t("ticket.unknownAuthor")}
            </Text>
            {message.direction === "NOTE" ? <Badge tone="warning">{t("ticket.note")}</Badge> : null}
            {message.direction === "OUTBOUND" ? (
              message.deliveryFailedAt ? (
                <Badge tone="critical">{t("ticket.notDelivered")}</Badge>
              ) : (
                <Badge tone="info">{message.sentAt ? t("ticket.sent") : t("ticket.sending")}</Badge>
              )
            ) : null}
          </InlineStack>
          <Text as="span" tone="subdued" variant="bodySm">
            {formatDateTime(message.createdAt, i18n.language)}
          </Text>
        </InlineStack>
        {message.html && !message.text ? (
          <MessageHtml html={message.html} remoteImagesHtml={message.remoteImagesHtml} loadAttachment={fetchAttachment} />
        ) : (
          <Text as="p">
            <span style={{ whiteSpace: "pre-wrap" }}>{message.text}</span>
          </Text>
        )}
        {message.deliveryFailedAt ? (
          <Text as="p" tone="critical" variant="bodySm">
            {message.deliveryError ? t("ticket.notDeliveredReason", { reason: message.deliveryError }) : t("ticket.notDeliveredNoReason")}
          </Text>
        ) : null}
        {message.attachments.length ? (
          <InlineStack gap="200">
            {message.attachments.map((attachment) => (
              <AttachmentButton key={attachment.id} attachment={attachment} />
            ))}
          </InlineStack>
        ) : null}
      </BlockStack>
    </Box>
  );
}

function readDraft(key: string): string {
  try {
    return window.localStorage.getItem(key) ?? "";
  } catch {
    return "";
  }
}

function writeDraft(key: string, value: string) {
  try {
    if (value) window.localStorage.setItem(key, value);
    else window.localStorage.removeItem(key);
  } catch {
    // Storage blocked in the admin's iframe: the draft lives as long as the page.
  }
}

/** "Typing" lasts this long after the last keystroke. */
const TYPING_IDLE_MS = 5_000;

function Composer({ ticketId, seenMessageId, replyLanguage, onTypingChange }: { ticketId: string; seenMessageId: string; replyLanguage: string | null; onTypingChange: (typing: boolean) => void }) {
  const { t } = useTranslation();
  const fetcher = useFetcher<typeof action>();
  const [kind, setKind] = useState<"reply" | "note">("reply");
  const draftKey = `frontdesk:draft:${ticketId}:${kind}`;
  const [text, setText] = useState("");
  const [idempotencyKey, setIdempotencyKey] = useState(() => crypto.randomUUID());
  useEffect(() => setText(readDraft(draftKey)), [draftKey]);
  const typingTimer = useRef<ReturnType<typeof setTimeout>>();
  const noteTyping = () => {
    // Notes are private to the team: only a reply in progress is a collision to announce.
    if (kind !== "reply") return;
    onTypingChange(true);
    clearTimeout(typingTimer.current);
    typingTimer.current = setTimeout(() => onTypingChange(false), TYPING_IDLE_MS);
  };
  useEffect(() => () => clearTimeout(typingTimer.current), []);
  const focusComposer = (mode: "reply" | "note") => {
    setKind(mode);
    requestAnimationFrame(() => document.querySelector<HTMLTextAreaElement>("#frontdesk-composer textarea")?.focus());
  };
  useTicketShortcuts(useMemo(() => ({ r: () => focusComposer("reply"), n: () => focusComposer("note") }), []));
  const busy = fetcher.state !== "idle";
  const error = fetcher.data && "error" in fetcher.data ? String(fetcher.data.error) : null;
  const conflict = fetcher.data && "conflict" in fetcher.data ? (fetcher.data.conflict as { authorName: string | null; direction: string }) : null;

  const send = useCallback(() => {
    if (!text.trim() || busy) return;
    fetcher.submit({ intent: kind, text, idempotencyKey, seenMessageId }, { method: "post" });
  }, [text, busy, kind, idempotencyKey, seenMessageId, fetcher]);

  useEffect(() => {
    if (fetcher.state === "idle" && fetcher.data && "ok" in fetcher.data) {
      setText("");
      writeDraft(draftKey, "");
      setIdempotencyKey(crypto.randomUUID());
    }
    // Only when a submission comes back.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [fetcher.state, fetcher.data]);

  return (
    <Card>
      <BlockStack gap="300">
        {conflict ? (
          <Banner tone="warning" title={t("ticket.conflictTitle")}>
            <p>{conflict.direction === "OUTBOUND" ? t("ticket.conflictReply", { name: conflict.authorName ?? "—" }) : t("ticket.conflictCustomer")}</p>
          </Banner>
        ) : null}
        <ButtonGroup variant="segmented">
          <Button pressed={kind === "reply"} onClick={() => setKind("reply")}>
            {t("ticket.reply")}
          </Button>
          <Button pressed={kind === "note"} onClick={() => setKind("note")}>
            {t("ticket.addNote")}
          </Button>
        </ButtonGroup>
        <div
          id="frontdesk-composer"
          onKeyDown={(event) => {
            if (event.key === "Enter" && (event.metaKey || event.ctrlKey)) {
              event.preventDefault();
              send();
            }
          }}
        >
          <TextField
            label={kind === "reply" ? t("ticket.reply") : t("ticket.addNote")}
            labelHidden
            multiline={5}
            autoComplete="off"
            value={text}
            onChange={(value) => {
              setText(value);
              writeDraft(draftKey, value);
              noteTyping();
            }}
            placeholder={kind === "reply" ? t("ticket.replyPlaceholder") : t("ticket.notePlaceholder")}
            error={conflict ? undefined : (error ?? undefined)}
          />
        </div>
        <InlineStack align="space-between" blockAlign="center">
          <Text as="span" tone="subdued" variant="bodySm">
            {kind === "reply" && replyLanguage ? `${t("ticket.replyIn", { language: t(`languages.${replyLanguage}`, { defaultValue: replyLanguage }) })} · ` : ""}
            {t("ticket.sendShortcut")} · {t("ticket.shortcuts")}
          </Text>
          <Button variant="primary" onClick={send} loading={busy} disabled={!text.trim()}>
            {kind === "reply" ? t("ticket.send") : t("ticket.saveNote")}
          </Button>
        </InlineStack>
      </BlockStack>
    </Card>
  );
}

const SNOOZE_PRESETS = { hour: () => new Date(Date.now() + 3_600_000), tomorrow: () => atNine(1), nextWeek: () => atNine(7) } as const;

function atNine(daysAhead: number): Date {
  const date = new Date();
  date.setDate(date.getDate() + daysAhead);
  date.setHours(9, 0, 0, 0);
  return date;
}

function TicketDetails() {
  const { ticket } = useLoaderData<typeof loader>();
  const { t, i18n } = useTranslation();
  const fetcher = useFetcher();
  const submit = (fields: Record<string, string>) => fetcher.submit(fields, { method: "post" });
  const [tags, setTags] = useState(ticket.tags.join(", "));
  useEffect(() => setTags(ticket.tags.join(", ")), [ticket.tags]);
  return (
    <Card>
      <BlockStack gap="300">
        <Text as="h2" variant="headingMd">
          {t("ticket.details")}
        </Text>
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

/** Keys for the frequent actions, when the agent is not typing: r reply, n note, e close, a assign to me. */
function useTicketShortcuts(handlers: Record<string, () => void>) {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement | null;
      if (event.metaKey || event.ctrlKey || event.altKey || target?.closest("input, textarea, select, [contenteditable]")) return;
      const handler = handlers[event.key];
      if (!handler) return;
      event.preventDefault();
      handler();
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, [handlers]);
}

export default function TicketPage() {
  const { ticket, messages, customer, orders, otherTickets } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  const seenMessageId = messages.at(-1)?.id ?? "";
  const [isTyping, setTyping] = useState(false);
  const presence = useTicketPresence(ticket.id, seenMessageId, isTyping);
  const statusFetcher = useFetcher();
  const setStatus = (status: string) => statusFetcher.submit({ intent: "status", status }, { method: "post" });
  useTicketShortcuts(
    useMemo(
      () => ({
        e: () => setStatus(ticket.status === "CLOSED" ? "OPEN" : "CLOSED"),
        a: () => statusFetcher.submit({ intent: "assign", to: ticket.assignedToMe ? "nobody" : "me" }, { method: "post" }),
      }),
      // eslint-disable-next-line react-hooks/exhaustive-deps
      [ticket.status, ticket.assignedToMe],
    ),
  );
  return (
    <Page
      backAction={{ content: t("inbox.title"), url: "/app" }}
      title={`#${ticket.number} ${ticket.subject}`}
      titleMetadata={
        <InlineStack gap="100">
          <TicketStatusBadge status={ticket.status} />
          {ticket.intent ? <Badge tone="info">{t(`intents.${ticket.intent}`, { defaultValue: ticket.intent })}</Badge> : null}
          {ticket.sentiment ? <Badge tone={ticket.sentiment === "negative" ? "warning" : undefined}>{t(`sentiments.${ticket.sentiment}`, { defaultValue: ticket.sentiment })}</Badge> : null}
        </InlineStack>
      }
      primaryAction={ticket.status === "CLOSED" ? { content: t("ticket.reopen"), onAction: () => setStatus("OPEN") } : { content: t("ticket.close"), onAction: () => setStatus("CLOSED") }}
      secondaryActions={ticket.status === "OPEN" ? [{ content: t("ticket.markPending"), onAction: () => setStatus("PENDING") }] : []}
    >
      <Layout>
        <Layout.Section>
          <BlockStack gap="400">
            <Thread />
            <PresenceBanner {...presence} />
            <Composer ticketId={ticket.id} seenMessageId={seenMessageId} replyLanguage={customer?.language ?? ticket.language} onTypingChange={setTyping} />
          </BlockStack>
        </Layout.Section>
        <Layout.Section variant="oneThird">
          <BlockStack gap="400">
            <TicketDetails />
            <CustomerSidebar customer={customer} orders={orders} otherTickets={otherTickets} ticketId={ticket.id} />
          </BlockStack>
        </Layout.Section>
      </Layout>
    </Page>
  );
}
