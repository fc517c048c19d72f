import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { useFetcher, useLoaderData } from "@remix-run/react";
import { SaveBar, useAppBridge } from "@shopify/app-bridge-react";
import { BlockStack, Button, Card, InlineGrid, InlineStack, Layout, Page, Text } from "@shopify/polaris";
import { useEffect, useMemo, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { formatDate } from "~/components/format";
import { PageTitleBar } from "~/components/page-title-bar";
import { ProfileCard } from "~/components/settings/profile-card";
import { RepliesCard } from "~/components/settings/replies-card";
import { isSameRepliesDraft, repliesDraftOf, repliesFormData } from "~/components/settings/settings-draft";
import { countDataRequestsNotDownloaded } from "~/models/data-request.server";
import { countFilteredEmails } from "~/models/filtered-email.server";
import { getShop, getShopCounts, updateShopSettingsParts } from "~/models/shop.server";
import { getStaffDisplayName, setStaffDisplayName } from "~/models/staff-member.server";
import { FILTERED_EMAIL_RETENTION_DAYS } from "~/schemas/filtered-email";
import { parseShopSettings } from "~/schemas/shop-settings";
import { requireStaffId, staffIdOf } from "~/shopify/staff-id";
import { authenticate } from "~/shopify.server";

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
    returns: { windowDays: settings.returns.windowDays, resolutions: settings.returns.resolutions },
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
    // The replies' own parts only: the returns policy, saved on its own page, stays as it is.
    const signature = data.signature.trim();
    await updateShopSettingsParts(session.shop, { ...(signature ? { signature } : {}), slaHours: { URGENT: data.URGENT, HIGH: data.HIGH, NORMAL: data.NORMAL, LOW: data.LOW } }, signature ? [] : ["signature"]);
  }
  return { ok: true as const };
};

type SettingsPart = "profile" | "replies";
type FieldErrors = Partial<Record<string, string[]>>;

function errorsOf(data: unknown): FieldErrors {
  return data && typeof data === "object" && "errors" in data ? (data.errors as FieldErrors) : {};
}

function isSaved(data: unknown): boolean {
  return Boolean(data && typeof data === "object" && "ok" in data);
}

/**
 * The profile and replies forms share one App Bridge save bar: editing shows it, Discard restores
 * the loaded values, Save submits each changed form to the action and, when all are stored,
 * hides the bar and says so in a toast. Refused fields keep their errors in place.
 */
function EditableSettings() {
  const { displayName, settings } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  const shopify = useAppBridge();
  const loadedReplies = useMemo(() => repliesDraftOf(settings), [settings]);
  const [name, setName] = useState(displayName);
  const [replies, setReplies] = useState(loadedReplies);
  const profile = useFetcher<typeof action>();
  const repliesFetcher = useFetcher<typeof action>();
  const submitted = useRef<SettingsPart[]>([]);
  const isProfileDirty = name !== displayName;
  const isRepliesDirty = !isSameRepliesDraft(replies, loadedReplies);
  const isSaving = profile.state !== "idle" || repliesFetcher.state !== "idle";

  // A fetcher turns idle after the loader has revalidated, so the loaded values are the stored ones.
  useEffect(() => {
    if (isSaving || submitted.current.length === 0) return;
    const results: Record<SettingsPart, unknown> = { profile: profile.data, replies: repliesFetcher.data };
    const parts = submitted.current;
    submitted.current = [];
    const saved = parts.filter((part) => isSaved(results[part]));
    if (saved.includes("profile")) setName(displayName);
    if (saved.includes("replies")) setReplies(loadedReplies);
    if (saved.length === parts.length) shopify.toast.show(t("settings.saved"));
  }, [isSaving, profile.data, repliesFetcher.data, displayName, loadedReplies, shopify, t]);

  const save = () => {
    submitted.current = [];
    if (isProfileDirty) {
      submitted.current.push("profile");
      profile.submit({ intent: "profile", displayName: name }, { method: "post" });
    }
    if (isRepliesDirty) {
      submitted.current.push("replies");
      repliesFetcher.submit(repliesFormData(replies), { method: "post" });
    }
  };
  const discard = () => {
    setName(displayName);
    setReplies(loadedReplies);
  };

  return (
    <>
      <SaveBar id="settings-save-bar" open={isProfileDirty || isRepliesDirty}>
        <button variant="primary" onClick={save} disabled={isSaving} loading={isSaving ? "" : undefined}>
          {t("settings.save")}
        </button>
        <button onClick={discard} disabled={isSaving}>
          {t("settings.discard")}
        </button>
      </SaveBar>
      <Layout.AnnotatedSection title={t("settings.profile")} description={t("settings.profileDescription")}>
        <ProfileCard displayName={name} onChange={setName} error={isProfileDirty ? errorsOf(profile.data).displayName?.[0] : undefined} />
      </Layout.AnnotatedSection>
      <Layout.AnnotatedSection title={t("settings.replies")} description={t("settings.repliesDescription")}>
        <RepliesCard draft={replies} onChange={setReplies} errors={isRepliesDirty ? errorsOf(repliesFetcher.data) : {}} />
      </Layout.AnnotatedSection>
    </>
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
  const { shop, counts, dataRequestsNotDownloaded, filteredMail, returns } = useLoaderData<typeof loader>();
  const { t, i18n } = useTranslation();
  return (
    <Page>
      <PageTitleBar title={t("settings.title")} />
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
        <EditableSettings />
        <Layout.AnnotatedSection title={t("settings.returns")} description={t("settings.returnsDescription")}>
          <Card>
            <BlockStack gap="300">
              <Text as="p">
                {returns.windowDays === 0
                  ? t("returnsPolicy.summaryOff")
                  : t("returnsPolicy.summary", { days: returns.windowDays, resolutions: new Intl.ListFormat(i18n.language).format(returns.resolutions.map((resolution) => t(`returnsPolicy.resolutions.${resolution}`))) })}
              </Text>
              <InlineStack>
                <Button url="/app/settings/returns">{t("returnsPolicy.edit")}</Button>
              </InlineStack>
            </BlockStack>
          </Card>
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
