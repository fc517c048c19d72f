import { Badge } from "@shopify/polaris";
import { useTranslation } from "react-i18next";
import { formatRelative } from "~/components/format";

/** Within this of its due time, an answer is shown as due soon. */
const DUE_SOON_MS = 3_600_000;

/** When a ticket's answer is due, relative to the loader's `now`: overdue in red, due within the hour in amber. */
export function SlaDue({ dueAt, now }: { dueAt: string | null; now: string }) {
  const { t, i18n } = useTranslation();
  if (!dueAt) return null;
  const overdue = new Date(dueAt) < new Date(now);
  const when = formatRelative(dueAt, now, i18n.language);
  return <Badge tone={overdue ? "critical" : new Date(dueAt).getTime() - new Date(now).getTime() < DUE_SOON_MS ? "warning" : undefined}>{overdue ? t("inbox.sla.overdue", { when }) : t("inbox.sla.due", { when })}</Badge>;
}
