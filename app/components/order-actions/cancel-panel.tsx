import { useRevalidator } from "@remix-run/react";
import { BlockStack, Button, Checkbox, ChoiceList, InlineStack, ProgressBar, Select, Text, TextField } from "@shopify/polaris";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { formatMoney } from "~/components/format";
import type { OrderView } from "~/order-view";
import type { CancelReason, CancelTicketOrderValue } from "~/services/order-actions/types";
import { ActionErrors, WhatWillHappen } from "./money-summary";
import { useOrderAction } from "./use-order-action";

const REASONS: CancelReason[] = ["CUSTOMER", "INVENTORY", "DECLINED", "FRAUD", "STAFF", "OTHER"];

/** Cancel from the ticket. Shopify cancels in a job: the panel follows it until it is done. */
export function CancelPanel({ ticketId, order }: { ticketId: string; order: OrderView }) {
  const { t, i18n } = useTranslation();
  const [reason, setReason] = useState<CancelReason>("CUSTOMER");
  const [restock, setRestock] = useState(true);
  const [refund, setRefund] = useState<"ORIGINAL" | "STORE_CREDIT" | "NONE">("ORIGINAL");
  const [notifyCustomer, setNotify] = useState(true);
  const [staffNote, setStaffNote] = useState("");
  const [step, setStep] = useState<"choose" | "confirm">("choose");
  // The order is cancelled when Shopify's job is done, whichever answer says so first.
  const cancelled = (value: CancelTicketOrderValue) => (value.done ? t("orderActions.toast.cancelled") : null);
  const cancel = useOrderAction<CancelTicketOrderValue>(ticketId, order.id, "cancel", cancelled);
  const progress = useOrderAction<CancelTicketOrderValue>(ticketId, order.id, "cancel-progress", cancelled);
  const job = progress.value ?? cancel.value;

  // Ask Shopify how the cancel job is doing, every second, until it is done.
  useEffect(() => {
    if (!job || job.done || progress.busy) return;
    const timer = setTimeout(() => progress.run({ intent: "cancelProgress", jobId: job.jobId }), 1000);
    return () => clearTimeout(timer);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [job?.jobId, job?.done, progress.busy]);

  // Done: the page reloads so the sidebar shows the order cancelled.
  const revalidator = useRevalidator();
  useEffect(() => {
    if (progress.value?.done) revalidator.revalidate();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [progress.value?.done]);

  if (job) {
    return (
      <BlockStack gap="300">
        <Text as="p" variant="headingSm">
          {job.done ? t("orderActions.cancel.done", { name: order.name }) : t("orderActions.cancel.running", { name: order.name })}
        </Text>
        <ProgressBar progress={job.done ? 100 : 40} tone={job.done ? "success" : "highlight"} animated={!job.done} />
        <ActionErrors errors={progress.errors} />
      </BlockStack>
    );
  }

  const total = formatMoney(order.total, order.currencyCode, i18n.language);
  const items = order.lineItems.reduce((sum, item) => sum + (item.currentQuantity ?? item.quantity), 0);
  return (
    <BlockStack gap="400">
      <ActionErrors errors={cancel.errors} />
      {step === "choose" ? (
        <>
          <Select label={t("orderActions.cancel.reason")} value={reason} options={REASONS.map((value) => ({ value, label: t(`orderActions.cancel.reasons.${value}`) }))} onChange={(value) => setReason(value as CancelReason)} />
          <ChoiceList
            title={t("orderActions.cancel.refund")}
            choices={[
              { value: "ORIGINAL", label: t("orderActions.cancel.refundOriginal") },
              { value: "STORE_CREDIT", label: t("orderActions.cancel.refundStoreCredit") },
              { value: "NONE", label: t("orderActions.cancel.refundNone") },
            ]}
            selected={[refund]}
            onChange={([choice]) => setRefund((choice ?? "ORIGINAL") as typeof refund)}
          />
          <Checkbox label={t("orderActions.cancel.restock")} checked={restock} onChange={setRestock} />
          <Checkbox label={t("orderActions.notifyCustomer")} checked={notifyCustomer} onChange={setNotify} />
          <TextField label={t("orderActions.staffNote")} autoComplete="off" value={staffNote} onChange={setStaffNote} maxLength={255} showCharacterCount />
          <InlineStack align="end">
            <Button variant="primary" tone="critical" onClick={() => setStep("confirm")}>
              {t("orderActions.cancel.review")}
            </Button>
          </InlineStack>
        </>
      ) : (
        <>
          <WhatWillHappen
            title={t("orderActions.cancel.confirmTitle", { name: order.name })}
            lines={[
              t("orderActions.cancel.says.cannotUndo"),
              refund === "ORIGINAL" ? t("orderActions.cancel.says.refundOriginal", { amount: total }) : refund === "STORE_CREDIT" ? t("orderActions.cancel.says.refundStoreCredit", { amount: total }) : t("orderActions.cancel.says.noRefund"),
              restock ? t("orderActions.cancel.says.restock", { count: items }) : t("orderActions.cancel.says.noRestock"),
              notifyCustomer ? t("orderActions.refund.says.notify") : t("orderActions.refund.says.noNotify"),
            ]}
          />
          <InlineStack align="space-between">
            <Button onClick={() => setStep("choose")}>{t("orderActions.back")}</Button>
            <Button variant="primary" tone="critical" loading={cancel.busy} onClick={() => cancel.run({ intent: "cancel", reason, restock, refund, notifyCustomer, staffNote })}>
              {t("orderActions.cancel.confirm", { name: order.name })}
            </Button>
          </InlineStack>
        </>
      )}
    </BlockStack>
  );
}
