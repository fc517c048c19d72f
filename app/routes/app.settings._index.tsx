import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { useFetcher, useLoaderData } from "@remix-run/react";
import { Banner, BlockStack, Button, Card, FormLayout, InlineGrid, InlineStack, Layout, Page, Text, TextField } from "@shopify/polaris";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { formatDate } from "~/components/format";
import { countDataRequestsNotDownloaded } from "~/models/data-request.server";
import { countFilteredEmails } from "~/models/filtered-email.server";
import { getShop, getShopCounts, updateShopSettings } from "~/models/shop.server";
import { getStaffDisplayName, setStaffDisplayName } from "~/models/staff-member.server";
import { FILTERED_EMAIL_RETENTION_DAYS } from "~/schemas/filtered-email";
import { parseShopSettings } from "~/schemas/shop-settings";
import { requireStaffId, staffIdOf } from "~/shopify/staff-id";
import { authenticate } from "~/shopify.server";

const PRIORITIES = ["URGENT", "HIGH", "NORMAL", "LOW"] as const;

export const loader = async ({ request }: LoaderFunctionArgs) => {
  const { session, sessionToken } = await authenticate.admin(request);
  const staffId = staffIdOf(sessionToken);
  const [shop, counts, displayName, dataRequestsNotDownloaded, filteredMail] = await Promise.all([
    getShop(session.shop),
    getShopCounts(session.shop),
    staffId ? getStaffDisplayName(session.shop, staffId) : null,
    countDataRequestsNotDownloaded(session.shop),
    countFilteredEmails(session.shop, new Date(Date.now() - FILTERED_EMAIL_RETENTION_DAYS * 86_400_000)),
  ]);
  if (!shop) throw new Response("Shop not found", { status: 404 });
  const settings = parseShopSettings(shop.settings);
  return {
    shop: { id: shop.id, name: shop.name, currencyCode: shop.currencyCode, timezone: shop.timezone, supportEmail: shop.supportEmail, installedAt: shop.installedAt.toISOString() },
    counts,
    dataRequestsNotDownloaded,
    filteredMail,
    displayName: displayName ?? "",
    settings: { signature: settings.signature ?? "", slaHours: settings.slaHours },
  };
};

const hours = z.coerce.number().positive().max(720);
const SettingsForm = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("profile"), displayName: z.string().max(100) }),
  z.object({ intent: z.literal("replies"), signature: z.string().max(2000), URGENT: hours, HIGH: hours, NORMAL: hours, LOW: hours }),
]);

export const action = async ({ request }: ActionFunctionArgs) => {
  const { session, sessionToken } = await authenticate.admin(request);
  const staffId = requireStaffId(sessionToken);
  const form = SettingsForm.safeParse(Object.fromEntries(await request.formData()));
  if (!form.success) return Response.json({ errors: form.error.flatten().fieldErrors }, { status: 422 });
  const data = form.data;
  // As the loader: nothing to save for a shop whose install is not recorded (yet).
  const shop = await getShop(session.shop);
  if (!shop) throw new Response("Shop not found", { status: 404 });
  if (data.intent === "profile") {
    await setStaffDisplayName(session.shop, staffId, data.displayName);
  } else {
    const current = parseShopSettings(shop.settings);
    await updateShopSettings(session.shop, { ...current, signature: data.signature.trim() || undefined, slaHours: { URGENT: data.URGENT, HIGH: data.HIGH, NORMAL: data.NORMAL, LOW: data.LOW } });
  }
  return { ok: true as const };
};

function ProfileForm() {
  const { displayName } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  const fetcher = useFetcher<typeof action>();
  const [name, setName] = useState(displayName);
  useEffect(() => setName(displayName), [displayName]);
  return (
    <Card>
      <fetcher.Form method="post">
        <input type="hidden" name="intent" value="profile" />
        <FormLayout>
          <TextField label={t("settings.displayName")} name="displayName" value={name} onChange={setName} autoComplete="name" maxLength={100} helpText={t("settings.displayNameHelp")} />
          <InlineStack align="end">
            <Button submit variant="primary" loading={fetcher.state !== "idle"}>
              {t("settings.save")}
            </Button>
          </InlineStack>
        </FormLayout>
      </fetcher.Form>
    </Card>
  );
}

function RepliesForm() {
  const { settings } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  const fetcher = useFetcher<typeof action>();
  const [signature, setSignature] = useState(settings.signature);
  const [targets, setTargets] = useState<Record<string, string>>(() => Object.fromEntries(PRIORITIES.map((priority) => [priority, String(settings.slaHours[priority])])));
  const errors = fetcher.data && "errors" in fetcher.data ? (fetcher.data.errors as Record<string, string[] | undefined>) : {};
  return (
    <Card>
      <fetcher.Form method="post">
        <input type="hidden" name="intent" value="replies" />
        <FormLayout>
          {fetcher.data && "ok" in fetcher.data ? <Banner tone="success">{t("settings.saved")}</Banner> : null}
          <Text as="p" tone="subdued">
            {t("settings.slaHelp")}
          </Text>
          <FormLayout.Group condensed>
            {PRIORITIES.map((priority) => (
              <TextField
                key={priority}
                label={t(`ticket.priority.${priority}`)}
                name={priority}
                type="number"
                min={0.25}
                step={0.25}
                suffix={t("settings.hours")}
                autoComplete="off"
                value={targets[priority]}
                onChange={(value) => setTargets({ ...targets, [priority]: value })}
                error={errors[priority]?.[0]}
              />
            ))}
          </FormLayout.Group>
          <TextField label={t("settings.signature")} name="signature" value={signature} onChange={setSignature} multiline={3} autoComplete="off" helpText={t("settings.signatureHelp")} maxLength={2000} />
          <InlineStack align="end">
            <Button submit variant="primary" loading={fetcher.state !== "idle"}>
              {t("settings.save")}
            </Button>
          </InlineStack>
        </FormLayout>
      </fetcher.Form>
    </Card>
  );
}

function Row({ label, value }: { label: string; value: string }) {
  return (
    <InlineGrid columns={2} gap="400">
      <Text as="span" tone="subdued">
        {label}
      </Text>
      <Text as="span">{value}</Text>
    </InlineGrid>
  );
}

export default function SettingsPage() {
  const { shop, counts, dataRequestsNotDownloaded, filteredMail } = useLoaderData<typeof loader>();
  const { t, i18n } = useTranslation();
  return (
    <Page title={t("settings.title")}>
      <Layout>
        <Layout.AnnotatedSection title={t("settings.store")}>
          <Card>
            <BlockStack gap="300">
              <Row label={t("settings.storeName")} value={shop.name} />
              <Row label={t("settings.domain")} value={shop.id} />
              <Row label={t("settings.currency")} value={shop.currencyCode} />
              <Row label={t("settings.timezone")} value={shop.timezone} />
              <Row label={t("settings.supportEmail")} value={shop.supportEmail ?? t("settings.notSet")} />
              <Row label={t("settings.installedAt")} value={formatDate(shop.installedAt, i18n.language, shop.timezone)} />
            </BlockStack>
          </Card>
        </Layout.AnnotatedSection>
        <Layout.AnnotatedSection title={t("settings.profile")} description={t("settings.profileDescription")}>
          <ProfileForm />
        </Layout.AnnotatedSection>
        <Layout.AnnotatedSection title={t("settings.replies")} description={t("settings.repliesDescription")}>
          <RepliesForm />
        </Layout.AnnotatedSection>
        <Layout.AnnotatedSection title={t("settings.sync")}>
          <Card>
            <BlockStack gap="300">
              <Row label={t("settings.customersSynced")} value={String(counts.customers)} />
              <Row label={t("settings.ordersSynced")} value={String(counts.orders)} />
              <InlineStack>
                <Button url="/app/settings/sync">{t("sync.open")}</Button>
              </InlineStack>
            </BlockStack>
          </Card>
        </Layout.AnnotatedSection>
        <Layout.AnnotatedSection title={t("settings.dataRequests")} description={t("settings.dataRequestsDescription")}>
          <Card>
            <BlockStack gap="300">
              <Row label={t("settings.dataRequestsNotDownloaded")} value={String(dataRequestsNotDownloaded)} />
              <InlineStack>
                <Button url="/app/settings/data-requests">{t("dataRequests.open")}</Button>
              </InlineStack>
            </BlockStack>
          </Card>
        </Layout.AnnotatedSection>
        <Layout.AnnotatedSection title={t("settings.filteredMail")} description={t("settings.filteredMailDescription")}>
          <Card>
            <BlockStack gap="300">
              <Row label={t("settings.filteredMailCount")} value={String(filteredMail)} />
              <InlineStack>
                <Button url="/app/settings/filtered-mail">{t("filteredMail.open")}</Button>
              </InlineStack>
            </BlockStack>
          </Card>
        </Layout.AnnotatedSection>
      </Layout>
    </Page>
  );
}
