import type { HeadersFunction, LinksFunction, LoaderFunctionArgs } from "@remix-run/node";
import { Link, Outlet, useLoaderData, useRouteError } from "@remix-run/react";
import { NavMenu } from "@shopify/app-bridge-react";
import polarisStyles from "@shopify/polaris/build/esm/styles.css?url";
import { boundary } from "@shopify/shopify-app-remix/server";
import { AppProvider } from "@shopify/shopify-app-remix/react";
import { useMemo } from "react";
import { I18nextProvider, useTranslation } from "react-i18next";
import { skipRevalidationAfterPreviews } from "~/components/order-actions/use-order-action";
import { formatCount } from "~/components/format";
import { createI18n } from "~/i18n";
import { COUNT_CAP } from "~/inbox-views";
import { polarisTranslations } from "~/polaris-translations.server";
import { resolveAdminLocale } from "~/services/resolve-admin-locale.server";
import { countAwaitingReply } from "~/models/inbox.server";
import { authenticate } from "~/shopify.server";

export const shouldRevalidate = skipRevalidationAfterPreviews;

export const links: LinksFunction = () => [{ rel: "stylesheet", href: polarisStyles }];

export const loader = async ({ request }: LoaderFunctionArgs) => {
  const { session, sessionToken } = await authenticate.admin(request);
  const [locale, awaitingReply] = await Promise.all([
    resolveAdminLocale({ shop: session.shop, userId: sessionToken?.sub, requested: new URL(request.url).searchParams.get("locale") }),
    countAwaitingReply(session.shop),
  ]);
  return {
    apiKey: process.env.SHOPIFY_API_KEY || "",
    // The library's own override of App Bridge's CDN script (offline development, tests).
    appBridgeUrl: process.env.APP_BRIDGE_URL,
    locale,
    // Capped (countAwaitingReply): "1,000+" past the cap, in the agent's numerals.
    awaitingReply: awaitingReply ? formatCount(awaitingReply, COUNT_CAP, locale) : null,
    polarisI18n: polarisTranslations[locale],
  };
};

function Navigation({ awaitingReply }: { awaitingReply: string | null }) {
  const { t } = useTranslation();
  return (
    <NavMenu>
      <Link to="/app" rel="home">
        {t("nav.inbox")}
      </Link>
      {/* Shopify admin hides the home link; the inbox also appears as an item, with what awaits a reply. */}
      <Link to="/app?view=open">{awaitingReply ? t("nav.inboxAwaiting", { shown: awaitingReply }) : t("nav.inbox")}</Link>
      <Link to="/app/returns">{t("nav.returns")}</Link>
      <Link to="/app/automation">{t("nav.automation")}</Link>
      <Link to="/app/analytics">{t("nav.analytics")}</Link>
      <Link to="/app/settings">{t("nav.settings")}</Link>
    </NavMenu>
  );
}

export default function AppLayout() {
  const { apiKey, appBridgeUrl, locale, awaitingReply, polarisI18n } = useLoaderData<typeof loader>();
  const i18n = useMemo(() => createI18n(locale), [locale]);
  return (
    <AppProvider isEmbeddedApp apiKey={apiKey} i18n={polarisI18n} {...(appBridgeUrl ? { __APP_BRIDGE_URL: appBridgeUrl } : {})}>
      <I18nextProvider i18n={i18n}>
        <Navigation awaitingReply={awaitingReply} />
        <Outlet />
      </I18nextProvider>
    </AppProvider>
  );
}

// Shopify needs Remix to catch some thrown responses, so that their headers are included.
export function ErrorBoundary() {
  return boundary.error(useRouteError());
}

export const headers: HeadersFunction = (headersArgs) => boundary.headers(headersArgs);
