import { Badge, InlineStack } from "@shopify/polaris";
import { useTranslation } from "react-i18next";

type Tone = "success" | "attention" | "warning" | "critical" | "info" | undefined;

const financialTone: Record<string, Tone> = {
  PENDING: "warning",
  AUTHORIZED: "warning",
  PARTIALLY_PAID: "warning",
  PAID: undefined,
  PARTIALLY_REFUNDED: "info",
  REFUNDED: "info",
  VOIDED: "critical",
  EXPIRED: "critical",
};

const fulfillmentTone: Record<string, Tone> = {
  UNFULFILLED: "attention",
  PARTIALLY_FULFILLED: "warning",
  FULFILLED: undefined,
  ON_HOLD: "warning",
};

export function FinancialStatusBadge({ status }: { status: string | null }) {
  const { t } = useTranslation();
  if (!status) return null;
  return <Badge tone={financialTone[status]}>{t(`status.financial.${status}`, { defaultValue: status })}</Badge>;
}

export function FulfillmentStatusBadge({ status, cancelled }: { status: string | null; cancelled?: boolean }) {
  const { t } = useTranslation();
  return (
    <InlineStack gap="100" wrap={false}>
      {status ? <Badge tone={fulfillmentTone[status]}>{t(`status.fulfillment.${status}`, { defaultValue: status })}</Badge> : null}
      {cancelled ? <Badge tone="critical">{t("status.cancelled")}</Badge> : null}
    </InlineStack>
  );
}
