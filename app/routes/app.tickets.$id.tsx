import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useFetcher, useLoaderData } from "@remix-run/react";
import { useAppBridge } from "@shopify/app-bridge-react";
import { BlockStack, Layout, Page } from "@shopify/polaris";
import { useEffect, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { skipRevalidationAfterPreviews } from "~/components/order-actions/use-order-action";
import { Composer } from "~/components/ticket/composer";
import { CustomerSidebar } from "~/components/ticket/customer-sidebar";
import { PresenceBanner, useTicketPresence } from "~/components/ticket/presence";
import { ReturnsCard } from "~/components/ticket/return-card";
import { Thread } from "~/components/ticket/thread";
import { TicketDetails } from "~/components/ticket/ticket-details";
import type { SettableStatus } from "~/components/ticket/ticket-status-actions";
import { TicketTitleBar } from "~/components/ticket/ticket-title-bar";
import { useTicketShortcuts } from "~/components/ticket/use-ticket-shortcuts";
import { getTicketPage } from "~/models/inbox.server";
import { listStaffMembers } from "~/models/staff-member.server";
import { presentTicketPage } from "~/presenters/ticket";
import type { TicketAction } from "~/schemas/ticket-actions";
import { TicketPageForm } from "~/schemas/ticket-page-actions";
import { addTicketMessage, TicketConflictError, TicketMessageError } from "~/services/tickets/add-ticket-message.server";
import { changeTickets } from "~/services/tickets/change-tickets.server";
import { requireStaffId } from "~/shopify/staff-id";
import { authenticate } from "~/shopify.server";

export const shouldRevalidate = skipRevalidationAfterPreviews;

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data ? `#${data.ticket.number} ${data.ticket.subject} · Frontdesk` : "Frontdesk" }];

export const loader = async ({ request, params }: LoaderFunctionArgs) => {
  const { session, sessionToken } = await authenticate.admin(request);
  const [page, staff] = await Promise.all([getTicketPage(session.shop, params.id ?? ""), listStaffMembers(session.shop)]);
  if (!page) throw new Response("Ticket not found", { status: 404 });
  return presentTicketPage({ page, staff, viewerId: sessionToken?.sub });
};

export const action = async ({ request, params }: ActionFunctionArgs) => {
  const { session, sessionToken } = await authenticate.admin(request);
  const staffId = requireStaffId(sessionToken);
  const form = TicketPageForm.safeParse(Object.fromEntries(await request.formData()));
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

export default function TicketPage() {
  const { ticket, messages, activities, customer, orders, otherTickets, returns } = useLoaderData<typeof loader>();
  const seenMessageId = messages.at(-1)?.id ?? "";
  const [isTyping, setTyping] = useState(false);
  const presence = useTicketPresence(ticket.id, seenMessageId, isTyping);
  const { t } = useTranslation();
  const shopify = useAppBridge();
  const statusFetcher = useFetcher<{ error?: string }>();
  // A refused status, assignment or shortcut change has no place on the page to say so: a toast does.
  const refused = statusFetcher.state === "idle" ? statusFetcher.data?.error : undefined;
  useEffect(() => {
    if (refused) shopify.toast.show(t("ticket.changeFailed"), { isError: true });
  }, [refused, statusFetcher.data, shopify, t]);
  const setStatus = (status: SettableStatus) => statusFetcher.submit({ intent: "status", status }, { method: "post" });
  // The status being set, until the page's data shows it (the fetcher is idle once revalidated).
  const busyStatus = statusFetcher.state !== "idle" && statusFetcher.formData?.get("intent") === "status" ? (String(statusFetcher.formData.get("status")) as SettableStatus) : null;
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
    <Page>
      <TicketTitleBar ticket={ticket} busyStatus={busyStatus} onStatus={setStatus} />
      <Layout>
        <Layout.Section>
          <BlockStack gap="400">
            <Thread messages={messages} activities={activities} />
            <PresenceBanner {...presence} />
            <Composer ticketId={ticket.id} seenMessageId={seenMessageId} replyLanguage={customer?.language ?? ticket.language} onTypingChange={setTyping} />
          </BlockStack>
        </Layout.Section>
        <Layout.Section variant="oneThird">
          <BlockStack gap="400">
            <TicketDetails ticket={ticket} />
            <ReturnsCard ticketId={ticket.id} returns={returns} />
            <CustomerSidebar customer={customer} orders={orders} otherTickets={otherTickets} ticketId={ticket.id} />
          </BlockStack>
        </Layout.Section>
      </Layout>
    </Page>
  );
}
