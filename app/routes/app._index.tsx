import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData, useNavigate, useSearchParams } from "@remix-run/react";
import { BlockStack, Card, Page, Pagination } from "@shopify/polaris";
import { useTranslation } from "react-i18next";
import { InboxFilterBar } from "~/components/inbox/filter-bar";
import { withParams } from "~/components/inbox/inbox-params";
import { InboxSearch } from "~/components/inbox/inbox-search";
import { InboxTable } from "~/components/inbox/inbox-table";
import { ViewTabs } from "~/components/inbox/view-tabs";
import { PageTitleBar } from "~/components/page-title-bar";
import { resolveLocale } from "~/i18n";
import { INBOX_VIEWS, type InboxView } from "~/inbox-views";
import { countInboxViews, listInboxTickets, listTicketLanguages } from "~/models/inbox.server";
import { listStaffMembers } from "~/models/staff-member.server";
import { presentInbox } from "~/presenters/inbox";
import { BulkForm, InboxFilters } from "~/schemas/inbox-request.server";
import type { TicketAction } from "~/schemas/ticket-actions";
import { resolveAdminLocale } from "~/services/resolve-admin-locale.server";
import { changeTickets } from "~/services/tickets/change-tickets.server";
import { requireStaffId, staffIdOf } from "~/shopify/staff-id";
import { authenticate } from "~/shopify.server";
import { isUuid } from "~/uuid";

export const meta: MetaFunction = () => [{ title: "Inbox · Frontdesk" }];

export const loader = async ({ request }: LoaderFunctionArgs) => {
  const { session, sessionToken } = await authenticate.admin(request);
  const url = new URL(request.url);
  const requested = url.searchParams.get("view");
  const view: InboxView = (INBOX_VIEWS as readonly string[]).includes(requested ?? "") ? (requested as InboxView) : "open";
  const staffId = staffIdOf(sessionToken);
  const filters = InboxFilters.parse(Object.fromEntries(url.searchParams));
  const assignee = filters.assignee === "none" ? "none" : filters.assignee === "me" ? staffId : filters.assignee ? BigInt(filters.assignee) : null;
  // The agent's language, that languages are named in: the one Shopify passes with the document
  // (the app layout records it at the same time), else the one remembered.
  const requestedLocale = url.searchParams.get("locale");
  const [page, counts, staff, languages, locale] = await Promise.all([
    listInboxTickets(session.shop, { view, staffId, search: url.searchParams.get("q"), ...filters, assignee, after: url.searchParams.get("after"), before: url.searchParams.get("before") }),
    countInboxViews(session.shop, staffId),
    listStaffMembers(session.shop),
    listTicketLanguages(session.shop),
    requestedLocale ? resolveLocale(requestedLocale) : resolveAdminLocale({ shop: session.shop, userId: sessionToken?.sub, requested: null }),
  ]);
  return presentInbox({ view, staffId, locale, search: url.searchParams.get("q"), language: filters.language, page, counts, staff, languages, now: new Date() });
};

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

export default function InboxPage() {
  const { view, search, counts, tickets, nextCursor, previousCursor, now, staff, languages } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const tabs = INBOX_VIEWS.map((id) => ({ id, content: t(`inbox.views.${id}`), badge: counts[id], accessibilityLabel: `${t(`inbox.views.${id}`)} ${counts[id]}` }));
  const go = (changes: Record<string, string | null>, keepPage = false) => navigate(`?${withParams(params, changes, keepPage)}`);
  return (
    <Page fullWidth>
      <PageTitleBar title={t("inbox.title")} />
      <Card padding="0">
        <ViewTabs label={t("inbox.viewsLabel")} tabs={tabs} selected={Math.max(0, INBOX_VIEWS.indexOf(view))} onSelect={(index) => go({ view: INBOX_VIEWS[index]! })} panelId="inbox-view" />
        <div id="inbox-view" role="tabpanel" aria-labelledby={`view-${view}`}>
          <div style={{ padding: "var(--p-space-200) var(--p-space-300)" }}>
            <BlockStack gap="200">
              <InboxSearch search={search} onSearch={(q) => go({ q })} />
              <InboxFilterBar staff={staff} languages={languages} />
            </BlockStack>
          </div>
          <InboxTable tickets={tickets} now={now} />
          <div style={{ padding: "var(--p-space-300)", display: "flex", justifyContent: "center" }}>
            <Pagination
              hasPrevious={Boolean(previousCursor)}
              hasNext={Boolean(nextCursor)}
              onPrevious={() => go({ before: previousCursor, after: null }, true)}
              onNext={() => go({ after: nextCursor, before: null }, true)}
            />
          </div>
        </div>
      </Card>
    </Page>
  );
}
