import { Badge } from "@shopify/polaris";
import { useTranslation } from "react-i18next";

const TONES = { OPEN: "attention", PENDING: "info", SNOOZED: undefined, CLOSED: "success" } as const;

export function TicketStatusBadge({ status }: { status: keyof typeof TONES }) {
  const { t } = useTranslation();
  return <Badge tone={TONES[status]}>{t(`ticket.status.${status}`)}</Badge>;
}
