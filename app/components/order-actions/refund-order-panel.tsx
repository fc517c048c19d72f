import { useFetcher } from "@remix-run/react";
import { BlockStack, Button, Checkbox, ChoiceList, Divider, InlineStack, Select, Text, TextField } from "@shopify/polaris";
import { useEffect, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { formatMoney } from "~/components/format";
import type { OrderView } from "~/order-view";
import type { RefundSuggestion, RefundTicketOrderValue, RestockType } from "~/services/order-actions/types";
import type { RestockLocation } from "~/shopify/locations.server";
import { ActionErrors, MoneyRows, WhatWillHappen } from "./money-summary";
import { orderActionUrl, useOrderAction } from "./use-order-action";

const lineItemGid = (shopifyId: string) => (shopifyId.startsWith("gid://") ? shopifyId : `gid://shopify/LineItem/${shopifyId}`);

/**
 * Refund from the ticket: items and quantities (restocked or not), shipping, a note; the amounts
 * and the payments they go back to come from Shopify's suggested refund, in the order's currency.
 * No key is sent: the service derives one from the order and the refund, so pressing twice, or
 * two agents pressing the same refund at once, makes one refund.
 */
export function RefundOrderPanel({ ticketId, order, presetAmount }: { ticketId: string; order: OrderView; presetAmount?: string }) {
  const { t, i18n } = useTranslation();
  const refundable = order.lineItems.filter((item) => item.shopifyId && (item.currentQuantity ?? item.quantity) > 0);
  const [quantities, setQuantities] = useState<Record<string, number>>({});
  const [restock, setRestock] = useState(true);
  const [shipping, setShipping] = useState<"none" | "full" | "amount">("none");
  const [shippingAmount, setShippingAmount] = useState("");
  const [note, setNote] = useState("");
  const [notifyCustomer, setNotify] = useState(true);
  const [toStoreCredit, setToStoreCredit] = useState(false);
  const [step, setStep] = useState<"choose" | "confirm">("choose");
  const suggestion = useOrderAction<RefundSuggestion>(ticketId, order.id, "refund-suggest");
  // Where restocked units go: the shop's locations, the one that ships online orders first.
  const locations = useFetcher<{ locations?: RestockLocation[] }>({ key: "restock-locations" });
  useEffect(() => {
    if (locations.state === "idle" && !locations.data) locations.load(`${orderActionUrl(ticketId, order.id)}?locations=1`);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  const [locationId, setLocationId] = useState<string | null>(null);
  const restockAt = locationId ?? locations.data?.locations?.[0]?.id;
  const refund = useOrderAction<RefundTicketOrderValue>(ticketId, order.id, "refund", (value) =>
    t("orderActions.toast.refunded", { amount: formatMoney(value.total.amount, value.total.currencyCode, i18n.language) }),
  );
  const money = (amount: string) => formatMoney(amount, suggestion.value?.currencyCode ?? order.currencyCode, i18n.language);

  const plan = useMemo(() => {
    // Unfulfilled units were never shipped: restocking them cancels them; shipped ones come back
    // as a return. A quantity spanning both goes as two lines.
    const lines = refundable
      .filter((item) => (quantities[item.shopifyId!] ?? 0) > 0)
      .flatMap((item) => {
        const quantity = quantities[item.shopifyId!]!;
        const lineItemId = lineItemGid(item.shopifyId!);
        if (!restock) return [{ lineItemId, quantity, restockType: "NO_RESTOCK" as RestockType }];
        const unshipped = Math.min(item.unfulfilledQuantity ?? 0, quantity);
        const at = restockAt ? { locationId: restockAt } : {};
        return [
          ...(unshipped > 0 ? [{ lineItemId, quantity: unshipped, restockType: "CANCEL" as RestockType, ...at }] : []),
          ...(quantity > unshipped ? [{ lineItemId, quantity: quantity - unshipped, restockType: "RETURN" as RestockType, ...at }] : []),
        ];
      });
    const shippingPlan = shipping === "full" ? { full: true as const } : shipping === "amount" && Number(shippingAmount) > 0 ? { amount: shippingAmount } : null;
    // The difference owed after an edit is money alone: no items, no shipping.
    if (presetAmount) return { lines: [], shipping: null, amount: presetAmount };
    return { lines, shipping: shippingPlan };
  }, [quantities, restock, restockAt, shipping, shippingAmount, refundable, presetAmount]);
  const hasSomething = plan.lines.length > 0 || plan.shipping !== null || Boolean(presetAmount);

  useEffect(() => {
    if (hasSomething) suggestion.run({ intent: "refundSuggest", ...plan });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [JSON.stringify(plan)]);

  if (refund.value) {
    return (
      <BlockStack gap="200">
        <Text as="p" variant="headingSm">
          {t("orderActions.refund.done", { amount: formatMoney(refund.value.total.amount, refund.value.total.currencyCode, i18n.language) })}
        </Text>
      </BlockStack>
    );
  }

  const value = suggestion.value;
  const restocked = plan.lines.filter((line) => line.restockType !== "NO_RESTOCK").reduce((sum, line) => sum + line.quantity, 0);
  const sentences = value
    ? [
        toStoreCredit ? t("orderActions.refund.says.storeCredit", { amount: money(value.total.amount) }) : t("orderActions.refund.says.original", { amount: money(value.total.amount), gateways: value.transactions.map((transaction) => transaction.gateway).join(", ") || "—" }),
        ...plan.lines.map((line) => {
          const item = refundable.find((candidate) => lineItemGid(candidate.shopifyId!) === line.lineItemId)!;
          return t(line.restockType === "NO_RESTOCK" ? "orderActions.refund.says.item" : "orderActions.refund.says.itemRestock", { quantity: line.quantity, title: `${item.title}${item.variantTitle ? ` — ${item.variantTitle}` : ""}` });
        }),
        restocked ? t("orderActions.refund.says.stock", { count: restocked }) : t("orderActions.refund.says.noStock"),
        notifyCustomer ? t("orderActions.refund.says.notify") : t("orderActions.refund.says.noNotify"),
      ]
    : [];

  return (
    <BlockStack gap="400">
      <ActionErrors errors={[...suggestion.errors, ...refund.errors]} />
      {step === "choose" ? (
        <>
          {presetAmount ? <Text as="p">{t("orderActions.refund.difference", { amount: money(presetAmount) })}</Text> : null}
          {presetAmount ? null : refundable.map((item) => (
            <InlineStack key={item.shopifyId} align="space-between" blockAlign="center" wrap={false} gap="300">
              <BlockStack gap="050">
                <Text as="span" fontWeight="medium">
                  {item.title}
                </Text>
                <Text as="span" tone="subdued" variant="bodySm">
                  {[item.variantTitle, formatMoney(item.price, order.currencyCode, i18n.language)].filter(Boolean).join(" · ")}
                </Text>
              </BlockStack>
              <div style={{ width: 120 }}>
                <Select
                  label={t("orderActions.refund.quantityOf", { title: item.title })}
                  labelHidden
                  value={String(quantities[item.shopifyId!] ?? 0)}
                  options={Array.from({ length: (item.currentQuantity ?? item.quantity) + 1 }, (_, quantity) => ({ value: String(quantity), label: `${quantity} / ${item.currentQuantity ?? item.quantity}` }))}
                  onChange={(quantity) => setQuantities({ ...quantities, [item.shopifyId!]: Number(quantity) })}
                />
              </div>
            </InlineStack>
          ))}
          {presetAmount ? null : <Checkbox label={t("orderActions.refund.restock")} checked={restock} onChange={setRestock} />}
          {!presetAmount && restock && (locations.data?.locations?.length ?? 0) > 1 ? (
            <Select
              label={t("orderActions.refund.restockAt")}
              value={restockAt ?? ""}
              options={locations.data!.locations!.map((location) => ({ value: location.id, label: location.name }))}
              onChange={setLocationId}
            />
          ) : null}
          <Divider />
          {presetAmount ? null : <ChoiceList
            title={t("order.shipping")}
            choices={[
              { value: "none", label: t("orderActions.refund.shippingNone") },
              { value: "full", label: t("orderActions.refund.shippingFull", { amount: formatMoney(order.totalShipping, order.currencyCode, i18n.language) }) },
              {
                value: "amount",
                label: t("orderActions.refund.shippingAmount"),
                renderChildren: (selected) =>
                  selected ? <TextField label={t("orderActions.refund.amount")} labelHidden type="number" min={0} autoComplete="off" value={shippingAmount} onChange={setShippingAmount} /> : null,
              },
            ]}
            selected={[shipping]}
            onChange={([choice]) => setShipping((choice ?? "none") as typeof shipping)}
          />}
          <Divider />
          {value && hasSomething ? (
            <MoneyRows
              rows={[
                { label: t("order.subtotal"), money: value.subtotal },
                { label: t("order.tax"), money: value.tax },
                { label: t("order.shipping"), money: value.shipping },
                { label: t("orderActions.refund.total"), money: value.total, strong: true },
                { label: t("orderActions.refund.maximum"), money: value.maximumRefundable, tone: "subdued" },
              ]}
            />
          ) : null}
          {value?.storeCreditAllowed ? <Checkbox label={t("orderActions.refund.toStoreCredit")} checked={toStoreCredit} onChange={setToStoreCredit} /> : null}
          <TextField label={t("orderActions.refund.note")} autoComplete="off" value={note} onChange={setNote} maxLength={255} />
          <Checkbox label={t("orderActions.notifyCustomer")} checked={notifyCustomer} onChange={setNotify} />
          <InlineStack align="end">
            <Button variant="primary" disabled={!hasSomething || !value || suggestion.busy || Number(value.total.amount) <= 0} loading={suggestion.busy} onClick={() => setStep("confirm")}>
              {t("orderActions.refund.review")}
            </Button>
          </InlineStack>
        </>
      ) : (
        <>
          <WhatWillHappen title={t("orderActions.refund.confirmTitle")} lines={sentences} />
          <InlineStack align="space-between">
            <Button onClick={() => setStep("choose")}>{t("orderActions.back")}</Button>
            <Button variant="primary" tone="critical" loading={refund.busy} onClick={() => refund.run({ intent: "refund", ...plan, note, notifyCustomer, toStoreCredit, seenOrderUpdatedAt: order.updatedAt })}>
              {t("orderActions.refund.confirm", { amount: value ? money(value.total.amount) : "" })}
            </Button>
          </InlineStack>
        </>
      )}
    </BlockStack>
  );
}
