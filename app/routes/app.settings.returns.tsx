import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { useFetcher, useLoaderData } from "@remix-run/react";
import { SaveBar, useAppBridge } from "@shopify/app-bridge-react";
import { Layout, Page } from "@shopify/polaris";
import { useEffect, useMemo, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { PageTitleBar } from "~/components/page-title-bar";
import { isSameReturnsPolicyDraft, draftReturnsPolicy } from "~/components/settings/returns-policy-draft";
import { ReturnsPolicyForm } from "~/components/settings/returns-policy-form";
import { getShop, updateReturnsPolicy } from "~/models/shop.server";
import { parseReturnsPolicyForm, type ReturnsPolicyFormErrors } from "~/schemas/returns-policy";
import { parseShopSettings } from "~/schemas/shop-settings";
import { authenticate } from "~/shopify.server";

export const loader = async ({ request }: LoaderFunctionArgs) => {
  const { session } = await authenticate.admin(request);
  const shop = await getShop(session.shop);
  if (!shop) throw new Response("Shop not found", { status: 404 });
  return { policy: parseShopSettings(shop.settings).returns, currencyCode: shop.currencyCode };
};

export const action = async ({ request }: ActionFunctionArgs) => {
  const { session } = await authenticate.admin(request);
  const shop = await getShop(session.shop);
  if (!shop) throw new Response("Shop not found", { status: 404 });
  const form = Object.fromEntries([...(await request.formData())].map(([name, value]) => [name, typeof value === "string" ? value : ""]));
  const result = parseReturnsPolicyForm(form, parseShopSettings(shop.settings).returns);
  if (!result.ok) return Response.json({ errors: result.errors }, { status: 422 });
  await updateReturnsPolicy(session.shop, result.policy);
  return { ok: true as const };
};

/**
 * The shop's returns policy on the admin's save bar: editing shows it, Discard restores what is
 * stored, Save submits the form and, once stored, hides the bar and says so in a toast. Refused
 * fields keep their errors in place, and leaving with unsaved changes is caught by the admin.
 */
export default function ReturnsPolicyPage() {
  const { policy, currencyCode } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  const shopify = useAppBridge();
  const loaded = useMemo(() => draftReturnsPolicy(policy), [policy]);
  const [draft, setDraft] = useState(loaded);
  const fetcher = useFetcher<typeof action>();
  const submitted = useRef(false);
  const isDirty = !isSameReturnsPolicyDraft(draft, loaded);
  const isSaving = fetcher.state !== "idle";
  const errors: ReturnsPolicyFormErrors = fetcher.data && "errors" in fetcher.data ? fetcher.data.errors : {};

  // The fetcher turns idle after the loader has revalidated, so `loaded` is what was stored.
  useEffect(() => {
    if (isSaving || !submitted.current) return;
    submitted.current = false;
    if (fetcher.data && "ok" in fetcher.data) {
      setDraft(loaded);
      shopify.toast.show(t("returnsPolicy.saved"));
    }
  }, [isSaving, fetcher.data, loaded, shopify, t]);

  const save = () => {
    submitted.current = true;
    fetcher.submit(draft, { method: "post" });
  };

  return (
    <Page>
      <PageTitleBar title={t("returnsPolicy.title")} parent={{ label: t("settings.title"), url: "/app/settings" }} />
      <SaveBar id="returns-policy-save-bar" open={isDirty}>
        <button variant="primary" onClick={save} disabled={isSaving} loading={isSaving ? "" : undefined}>
          {t("settings.save")}
        </button>
        <button onClick={() => setDraft(loaded)} disabled={isSaving}>
          {t("settings.discard")}
        </button>
      </SaveBar>
      <Layout>
        <ReturnsPolicyForm draft={draft} errors={isDirty ? errors : {}} currencyCode={currencyCode} onChange={setDraft} />
      </Layout>
    </Page>
  );
}
