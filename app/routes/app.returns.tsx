import type { LoaderFunctionArgs } from "@remix-run/node";
import { useTranslation } from "react-i18next";
import { SectionEmptyState } from "~/components/section-empty-state";
import { authenticate } from "~/shopify.server";

export const loader = async ({ request }: LoaderFunctionArgs) => {
  await authenticate.admin(request);
  return null;
};

export default function ReturnsPage() {
  const { t } = useTranslation();
  return <SectionEmptyState title={t("returns.title")} heading={t("returns.emptyHeading")} body={t("returns.emptyBody")} />;
}
