import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { useFetcher, useLoaderData, useSearchParams } from "@remix-run/react";
import { Banner, BlockStack, Card, Layout, Link, Page, Pagination, Text } from "@shopify/polaris";
import { useTranslation } from "react-i18next";
import { FilteredMailTable } from "~/components/filtered-mail/filtered-mail-table";
import { PageTitleBar } from "~/components/page-title-bar";
import { FilteredEmailAction } from "~/schemas/filtered-email";
import { createTicketFromFilteredEmail } from "~/channels/email/create-ticket-from-filtered-email.server";
import { listFilteredEmail } from "~/channels/email/list-filtered-email.server";
import { authenticate } from "~/shopify.server";

export const loader = async ({ request }: LoaderFunctionArgs) => {
  const { session } = await authenticate.admin(request);
  return listFilteredEmail({ shop: session.shop, cursor: new URL(request.url).searchParams.get("after") });
};

export const action = async ({ request }: ActionFunctionArgs) => {
  const { session } = await authenticate.admin(request);
  const form = FilteredEmailAction.safeParse(Object.fromEntries(await request.formData()));
  if (!form.success) return Response.json({ errors: form.error.flatten().fieldErrors }, { status: 422 });
  const result = await createTicketFromFilteredEmail({ shop: session.shop, id: form.data.id });
  if (!result.ok && result.error === "notFound") throw new Response("Filtered mail not found", { status: 404 });
  if (!result.ok) return Response.json({ error: result.error }, { status: 422 });
  return { created: { ticketId: result.ticketId } };
};

export default function FilteredMailPage() {
  const { emails, nextCursor, retentionDays } = useLoaderData<typeof loader>();
  const fetcher = useFetcher<typeof action>();
  const [searchParams] = useSearchParams();
  const { t } = useTranslation();
  const result = fetcher.state === "idle" ? (fetcher.data as { created?: { ticketId: string }; error?: string } | undefined) : undefined;
  const busyId = fetcher.state !== "idle" ? String(fetcher.formData?.get("id") ?? "") : null;
  const isFirstPage = !searchParams.get("after");
  return (
    <Page>
      <PageTitleBar title={t("filteredMail.title")} parent={{ label: t("filteredMail.backToSettings"), url: "/app/settings" }} />
      <Layout>
        <Layout.Section>
          <Text as="p">{t("filteredMail.intro", { days: retentionDays })}</Text>
        </Layout.Section>
        {result?.created ? (
          <Layout.Section>
            <Banner tone="success">
              <BlockStack gap="100">
                <p>{t("filteredMail.created")}</p>
                <Link url={`/app/tickets/${result.created.ticketId}`}>{t("filteredMail.openCreated")}</Link>
              </BlockStack>
            </Banner>
          </Layout.Section>
        ) : result?.error === "noSender" ? (
          <Layout.Section>
            <Banner tone="critical">{t("filteredMail.noSender")}</Banner>
          </Layout.Section>
        ) : null}
        <Layout.Section>
          <Card padding="0">
            <FilteredMailTable emails={emails} days={retentionDays} busyId={busyId} onCreateTicket={(id) => fetcher.submit({ intent: "create-ticket", id }, { method: "post" })} />
          </Card>
        </Layout.Section>
        {nextCursor || !isFirstPage ? (
          <Layout.Section>
            <Pagination
              hasPrevious={!isFirstPage}
              previousURL="/app/settings/filtered-mail"
              previousTooltip={t("filteredMail.newer")}
              hasNext={Boolean(nextCursor)}
              nextURL={nextCursor ? `/app/settings/filtered-mail?after=${nextCursor}` : undefined}
              nextTooltip={t("filteredMail.older")}
            />
          </Layout.Section>
        ) : null}
      </Layout>
    </Page>
  );
}
