import { useFetcher } from "@remix-run/react";
import { Modal, TitleBar, useAppBridge } from "@shopify/app-bridge-react";
import { Badge, Banner, BlockStack, Box, Button, Card, Divider, InlineStack, Select, Text, TextField } from "@shopify/polaris";
import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { formatDateTime, formatMoney } from "~/components/format";
import { RETURN_DECLINE_REASONS, type ReturnStatusName } from "~/return-vocabulary";
import { AttachmentButton } from "./attachment-button";

/** A return on the ticket, as the page shows it. */
export interface ReturnView {
  id: string;
  name: string | null;
  status: ReturnStatusName;
  resolution: string | null;
  lines: Array<{ title: string; variantTitle: string | null; quantity: number; reasonName: string | null; unitPrice: string | null; currencyCode: string | null }>;
  customerNote: string | null;
  declineReason: string | null;
  declineNote: string | null;
  requestedAt: string;
  photos: Array<{ id: string; filename: string; size: number }>;
}

const STATUS_TONES = { REQUESTED: "attention", OPEN: "info", DECLINED: "critical", CLOSED: "success", CANCELED: undefined } as const;
const DECLINE_REASONS = RETURN_DECLINE_REASONS;

/** The return route's answer (routes/app.tickets.$id.returns.$returnId.tsx). */
type Answer = { ok: true; value: { id: string; status: string } } | { ok: false; code: string; errors: string[] };

/** Approve or decline a requested return, each after a modal that says what happens to money and stock; then a toast. */
function ReturnDecision({ ticketId, view }: { ticketId: string; view: ReturnView }) {
  const { t } = useTranslation();
  const shopify = useAppBridge();
  const fetcher = useFetcher<Answer>({ key: `return:${view.id}` });
  const [open, setOpen] = useState<"approve" | "decline" | null>(null);
  const [reason, setReason] = useState<(typeof DECLINE_REASONS)[number]>("OTHER");
  const [note, setNote] = useState("");
  const busy = fetcher.state !== "idle";
  const submit = (change: Record<string, string>) =>
    fetcher.submit(change, { method: "post", encType: "application/json", action: `/app/tickets/${ticketId}/returns/${view.id}` });
  const answered = useRef(fetcher.data);
  useEffect(() => {
    const data = fetcher.data;
    if (!data || data === answered.current || fetcher.state !== "idle") return;
    answered.current = data;
    if (data.ok) {
      setOpen(null);
      shopify.toast.show(t(data.value.status === "OPEN" ? "ticket.returns.approvedToast" : "ticket.returns.declinedToast", { name: view.name }));
    }
  }, [fetcher.data, fetcher.state, shopify, t, view.name]);
  const errors = fetcher.data && !fetcher.data.ok ? fetcher.data.errors : [];
  const problem = errors.length ? (
    <Banner tone="critical">
      {errors.map((error) => (
        <p key={error}>{error}</p>
      ))}
    </Banner>
  ) : null;
  const money = view.resolution === "store_credit" ? t("ticket.returns.moneyCredit") : view.resolution === "exchange" ? t("ticket.returns.moneyExchange") : t("ticket.returns.moneyRefund");
  return (
    <>
      {view.status === "REQUESTED" ? (
        <InlineStack gap="200">
          <Button variant="primary" onClick={() => setOpen("approve")}>
            {t("ticket.returns.approve")}
          </Button>
          <Button tone="critical" onClick={() => setOpen("decline")}>
            {t("ticket.returns.decline")}
          </Button>
        </InlineStack>
      ) : null}
      <Modal id={`return-approve-${view.id}`} open={open === "approve"} onHide={() => setOpen(null)}>
        <TitleBar title={t("ticket.returns.approveTitle", { name: view.name })}>
          <button variant="primary" disabled={busy} loading={busy ? "" : undefined} onClick={() => submit({ type: "approve" })}>
            {t("ticket.returns.approve")}
          </button>
          <button onClick={() => setOpen(null)}>{t("common.cancel")}</button>
        </TitleBar>
        <Box padding="400">
          <BlockStack gap="300">
            {problem}
            <Text as="p">{t("ticket.returns.approveExplains")}</Text>
            <Text as="p">{money}</Text>
            <Text as="p" tone="subdued">
              {t("ticket.returns.stockExplains")}
            </Text>
          </BlockStack>
        </Box>
      </Modal>
      <Modal id={`return-decline-${view.id}`} open={open === "decline"} onHide={() => setOpen(null)}>
        <TitleBar title={t("ticket.returns.declineTitle", { name: view.name })}>
          <button variant="primary" tone="critical" disabled={busy} loading={busy ? "" : undefined} onClick={() => submit({ type: "decline", reason, note })}>
            {t("ticket.returns.decline")}
          </button>
          <button onClick={() => setOpen(null)}>{t("common.cancel")}</button>
        </TitleBar>
        <Box padding="400">
          <BlockStack gap="300">
            {problem}
            <Select
              label={t("ticket.returns.declineReason")}
              options={DECLINE_REASONS.map((value) => ({ value, label: t(`ticket.returns.declineReasons.${value}`) }))}
              value={reason}
              onChange={(value) => setReason(value as (typeof DECLINE_REASONS)[number])}
            />
            <TextField label={t("ticket.returns.declineNote")} helpText={t("ticket.returns.declineNoteHelp")} value={note} onChange={setNote} multiline={3} maxLength={500} autoComplete="off" />
            <Text as="p" tone="subdued">
              {t("ticket.returns.declineExplains")}
            </Text>
          </BlockStack>
        </Box>
      </Modal>
    </>
  );
}

/** The ticket's returns: what the shopper sends back, why, what they asked for, and the decision when it is the agent's. */
export function ReturnsCard({ ticketId, returns }: { ticketId: string; returns: ReturnView[] }) {
  const { t, i18n } = useTranslation();
  if (!returns.length) return null;
  return (
    <Card>
      <BlockStack gap="300">
        <Text as="h2" variant="headingMd">
          {t("ticket.returns.title")}
        </Text>
        {returns.map((view, index) => (
          <BlockStack gap="200" key={view.id}>
            {index > 0 ? <Divider /> : null}
            <InlineStack align="space-between" blockAlign="center" gap="200">
              <Text as="h3" variant="headingSm">
                {view.name ?? t("ticket.returns.unnamed")}
              </Text>
              <Badge tone={STATUS_TONES[view.status]}>{t(`ticket.returns.status.${view.status}`)}</Badge>
            </InlineStack>
            <Text as="p" tone="subdued" variant="bodySm">
              {t("ticket.returns.requested", { date: formatDateTime(view.requestedAt, i18n.language) })}
              {view.resolution ? ` · ${t(`returnsPolicy.resolutions.${view.resolution}`)}` : ""}
            </Text>
            <BlockStack gap="100">
              {view.lines.map((line, lineIndex) => (
                <Text as="p" key={lineIndex}>
                  {`${line.title}${line.variantTitle ? ` · ${line.variantTitle}` : ""} × ${line.quantity}`}
                  {line.unitPrice && line.currencyCode ? ` · ${formatMoney(line.unitPrice, line.currencyCode, i18n.language)}` : ""}
                  {line.reasonName ? (
                    <Text as="span" tone="subdued">
                      {` — ${line.reasonName}`}
                    </Text>
                  ) : null}
                </Text>
              ))}
            </BlockStack>
            {view.customerNote ? <Text as="p" tone="subdued">{`“${view.customerNote}”`}</Text> : null}
            {view.photos.length ? (
              <InlineStack gap="100">
                {view.photos.map((photo) => (
                  <AttachmentButton key={photo.id} attachment={photo} />
                ))}
              </InlineStack>
            ) : null}
            {view.status === "DECLINED" ? (
              <Text as="p" tone="subdued">
                {[t(`ticket.returns.declineReasons.${view.declineReason ?? "OTHER"}`), view.declineNote].filter(Boolean).join(": ")}
              </Text>
            ) : null}
            {/* Mounted whatever the status: the decision's answer arrives with the page showing its new status. */}
            <ReturnDecision ticketId={ticketId} view={view} />
          </BlockStack>
        ))}
      </BlockStack>
    </Card>
  );
}
