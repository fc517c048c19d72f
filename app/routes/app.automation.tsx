import type { LoaderFunctionArgs } from "@remix-run/node";
import { useTranslation } from "react-i18next";
import { SectionEmptyState } from "~/components/section-empty-state";
import { authenticate } from "~/shopify.server";

export const loader = async ({ request }: LoaderFunctionArgs) => {
  await authenticate.admin(request);
  return null;
};

export default function AutomationPage() {
  const { t } = useTranslation();
  return <SectionEmptyState title={t("automation.title")} heading={t("automation.emptyHeading")} body={t("automation.emptyBody")} />;
}
