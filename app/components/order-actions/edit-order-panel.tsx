import { useFetcher } from "@remix-run/react";
import { Badge, BlockStack, Box, Button, Checkbox, Divider, InlineStack, Select, Text, TextField, Thumbnail } from "@shopify/polaris";
import { useEffect, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { formatMoney } from "~/components/format";
import { safeHttpUrl } from "~/lib/safe-url";
import type { EditTicketOrderValue, OrderEditChange, OrderEditLine, OrderEditPreview } from "~/services/order-actions/types";
import type { VariantChoice } from "~/shopify/product-variants.server";
import { ActionErrors, MoneyRows, WhatWillHappen } from "./money-summary";
import { orderActionUrl, useOrderAction } from "./use-order-action";

/** The other sizes and colours of a line's product, loaded when the line can change. */
function SwapSelect({ ticketId, orderId, line, onSwap }: { ticketId: string; orderId: string; line: OrderEditLine; onSwap: (variantId: string) => void }) {
  const { t, i18n } = useTranslation();
  const siblings = useFetcher<{ variants: VariantChoice[] }>({ key: `siblings:${line.id}` });
  useEffect(() => {
    if (line.variantId && siblings.state === "idle" && !siblings.data) siblings.load(`${orderActionUrl(ticketId, orderId)}?siblingsOf=${encodeURIComponent(line.variantId)}`);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [line.variantId]);
  const others = (siblings.data?.variants ?? []).filter((variant) => variant.id !== line.variantId);
  if (!others.length) return null;
  return (
    <Select
      label={t("orderActions.edit.swapFor", { title: line.title })}
      labelHidden
      value=""
      options={[
        { value: "", label: t("orderActions.edit.swap") },
        ...others.map((variant) => ({
          value: variant.id,
          label: `${variant.title} · ${formatMoney(variant.price, line.unitPrice.currencyCode, i18n.language)}${variant.availableForSale ? "" : ` · ${t("orderActions.edit.soldOut")}`}`,
          disabled: !variant.availableForSale,
        })),
      ]}
      onChange={(variantId) => variantId && onSwap(variantId)}
    />
  );
}

function LineRow({ line, ticketId, orderId, onChange }: { line: OrderEditLine; ticketId: string; orderId: string; onChange: (change: OrderEditChange) => void }) {
  const { t, i18n } = useTranslation();
  const [discount, setDiscount] = useState<{ open: boolean; kind: "fixed" | "percent"; value: string; reason: string }>({ open: false, kind: "percent", value: "", reason: "" });
  const locked = line.editableQuantity === 0 && !line.isAdded;
  const fulfilled = line.quantity - line.editableQuantity;
  return (
    <BlockStack gap="200">
      <InlineStack align="space-between" blockAlign="start" wrap={false} gap="300">
        <BlockStack gap="050">
          <InlineStack gap="200" blockAlign="center">
            <Text as="span" fontWeight="medium" textDecorationLine={line.isRemoved ? "line-through" : undefined}>
              {line.title}
            </Text>
            {line.isAdded ? <Badge tone="success">{t("orderActions.edit.added")}</Badge> : null}
            {line.isRemoved ? <Badge tone="critical">{t("orderActions.edit.removed")}</Badge> : null}
          </InlineStack>
          <Text as="span" tone="subdued" variant="bodySm">
            {[line.variantTitle, line.sku ? `SKU ${line.sku}` : null, formatMoney(line.unitPrice.amount, line.unitPrice.currencyCode, i18n.language)].filter(Boolean).join(" · ")}
          </Text>
          {line.lockedReason ? (
            <Text as="span" tone="caution" variant="bodySm">
              {t("orderActions.edit.lockedFulfilled")}
            </Text>
          ) : null}
        </BlockStack>
        <InlineStack gap="200" blockAlign="center" wrap={false}>
          <div style={{ width: 88 }}>
            <TextField
              label={t("orderActions.edit.quantityOf", { title: line.title })}
              labelHidden
              type="number"
              autoComplete="off"
              min={fulfilled}
              value={String(line.quantity)}
              disabled={locked || line.isAdded || !line.lineItemId}
              onChange={(value) => {
                // An emptied box is not a request to remove the item.
                if (value.trim() === "") return;
                const quantity = Math.max(fulfilled, Math.floor(Number(value) || 0));
                if (line.lineItemId && quantity !== line.quantity) onChange({ kind: "setQuantity", lineItemId: line.lineItemId, quantity, restock: true });
              }}
            />
          </div>
          <Text as="span">{formatMoney(line.subtotal.amount, line.subtotal.currencyCode, i18n.language)}</Text>
        </InlineStack>
      </InlineStack>
      {!locked && !line.isRemoved ? (
        <InlineStack gap="200" blockAlign="center">
          {line.lineItemId && !line.isAdded ? (
            <div style={{ minWidth: 220 }}>
              <SwapSelect ticketId={ticketId} orderId={orderId} line={line} onSwap={(variantId) => onChange({ kind: "swapVariant", lineItemId: line.lineItemId!, variantId, restock: true })} />
            </div>
          ) : null}
          {line.lineItemId ? (
            <Button variant="plain" onClick={() => setDiscount({ ...discount, open: !discount.open })}>
              {t("orderActions.edit.addDiscount")}
            </Button>
          ) : null}
        </InlineStack>
      ) : null}
      {discount.open && line.lineItemId ? (
        <Box padding="300" background="bg-surface-secondary" borderRadius="200">
          <InlineStack gap="200" blockAlign="end">
            <Select
              label={t("orderActions.edit.discountType")}
              value={discount.kind}
              options={[
                { value: "percent", label: t("orderActions.edit.percent") },
                { value: "fixed", label: t("orderActions.edit.fixed", { currency: line.unitPrice.currencyCode }) },
              ]}
              onChange={(kind) => setDiscount({ ...discount, kind: kind as "fixed" | "percent" })}
            />
            <div style={{ width: 100 }}>
              <TextField label={t("orderActions.edit.discountValue")} type="number" min={0} autoComplete="off" value={discount.value} onChange={(value) => setDiscount({ ...discount, value })} />
            </div>
            <div style={{ flex: 1 }}>
              <TextField label={t("orderActions.edit.discountReason")} autoComplete="off" value={discount.reason} onChange={(reason) => setDiscount({ ...discount, reason })} maxLength={100} />
            </div>
            <Button
              disabled={!(Number(discount.value) > 0) || (discount.kind === "percent" && Number(discount.value) > 100)}
              onClick={() => {
                onChange({
                  kind: "addDiscount",
                  line: { lineItemId: line.lineItemId! },
                  discount: discount.kind === "percent" ? { percent: Number(discount.value) } : { fixed: discount.value },
                  reason: discount.reason.trim() || t("orderActions.edit.defaultDiscountReason"),
                });
                setDiscount({ open: false, kind: "percent", value: "", reason: "" });
              }}
            >
              {t("orderActions.edit.applyDiscount")}
            </Button>
          </InlineStack>
        </Box>
      ) : null}
    </BlockStack>
  );
}

/** Search the catalogue and add a variant to the order. */
function AddVariant({ ticketId, orderId, currency, onAdd }: { ticketId: string; orderId: string; currency: string; onAdd: (variant: VariantChoice) => void }) {
  const { t, i18n } = useTranslation();
  const search = useFetcher<{ variants: VariantChoice[] }>({ key: `variant-search:${orderId}` });
  const [text, setText] = useState("");
  useEffect(() => {
    const timer = setTimeout(() => text.trim().length >= 2 && search.load(`${orderActionUrl(ticketId, orderId)}?variantSearch=${encodeURIComponent(text.trim())}`), 250);
    return () => clearTimeout(timer);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [text]);
  const variants = (text.trim().length >= 2 ? (search.data?.variants ?? []) : []).map((variant) => ({ ...variant, imageUrl: safeHttpUrl(variant.imageUrl) }));
  return (
    <BlockStack gap="200">
      <TextField label={t("orderActions.edit.addProduct")} placeholder={t("orderActions.edit.searchProducts")} autoComplete="off" value={text} onChange={setText} clearButton onClearButtonClick={() => setText("")} />
      {variants.map((variant) => (
        <InlineStack key={variant.id} align="space-between" blockAlign="center" wrap={false} gap="200">
          <InlineStack gap="200" blockAlign="center" wrap={false}>
            {variant.imageUrl ? <Thumbnail source={variant.imageUrl} alt="" size="small" /> : null}
            <BlockStack gap="050">
              <Text as="span">{variant.productTitle}</Text>
              <Text as="span" tone="subdued" variant="bodySm">
                {[variant.title, formatMoney(variant.price, currency, i18n.language), variant.sku, variant.inventoryQuantity !== null ? t("orderActions.edit.inStock", { count: variant.inventoryQuantity }) : null].filter(Boolean).join(" · ")}
              </Text>
            </BlockStack>
          </InlineStack>
          <Button disabled={!variant.availableForSale} onClick={() => (onAdd(variant), setText(""))} accessibilityLabel={t("orderActions.edit.addNamed", { title: `${variant.productTitle} ${variant.title}` })}>
            {t("orderActions.edit.add")}
          </Button>
        </InlineStack>
      ))}
    </BlockStack>
  );
}

/** A custom item, or a shipping line: title, price (and quantity for an item). */
function ExtraLineForm({ kind, currency, onAdd }: { kind: "item" | "shipping"; currency: string; onAdd: (title: string, price: string, quantity: number) => void }) {
  const { t } = useTranslation();
  const [form, setForm] = useState({ title: "", price: "", quantity: "1" });
  const valid = form.title.trim() && Number(form.price) >= 0 && form.price !== "" && Number(form.quantity) >= 1;
  return (
    <InlineStack gap="200" blockAlign="end">
      <div style={{ flex: 1 }}>
        <TextField label={kind === "item" ? t("orderActions.edit.customItemTitle") : t("orderActions.edit.shippingTitle")} autoComplete="off" value={form.title} onChange={(title) => setForm({ ...form, title })} />
      </div>
      <div style={{ width: 110 }}>
        <TextField label={t("orderActions.edit.price", { currency })} type="number" min={0} autoComplete="off" value={form.price} onChange={(price) => setForm({ ...form, price })} />
      </div>
      {kind === "item" ? (
        <div style={{ width: 80 }}>
          <TextField label={t("orderActions.edit.quantity")} type="number" min={1} autoComplete="off" value={form.quantity} onChange={(quantity) => setForm({ ...form, quantity })} />
        </div>
      ) : null}
      <Button
        disabled={!valid}
        onClick={() => {
          onAdd(form.title.trim(), form.price, Math.floor(Number(form.quantity)));
          setForm({ title: "", price: "", quantity: "1" });
        }}
      >
        {t("orderActions.edit.add")}
      </Button>
    </InlineStack>
  );
}

/** Sentences for the confirmation step, from the staged changes and the recalculated order. */
function describeChanges(changes: OrderEditChange[], preview: OrderEditPreview, t: (key: string, options?: Record<string, unknown>) => string, money: (amount: string) => string): string[] {
  const titleOf = (lineItemId: string) => preview.lines.find((line) => line.lineItemId === lineItemId)?.title ?? lineItemId;
  const lines = changes.map((change) => {
    switch (change.kind) {
      case "setQuantity":
        return t(change.restock ? "orderActions.edit.says.quantityRestock" : "orderActions.edit.says.quantity", { title: titleOf(change.lineItemId), quantity: change.quantity });
      case "swapVariant": {
        const added = preview.lines.find((line) => line.isAdded && line.variantId === change.variantId);
        return t("orderActions.edit.says.swap", { title: titleOf(change.lineItemId), variant: added ? `${added.title} — ${added.variantTitle ?? ""}` : change.variantId });
      }
      case "addVariant": {
        const added = preview.lines.find((line) => line.isAdded && line.variantId === change.variantId);
        return t("orderActions.edit.says.add", { quantity: change.quantity, title: added ? `${added.title} — ${added.variantTitle ?? ""}` : change.variantId });
      }
      case "addDiscount":
        return t("orderActions.edit.says.discount", { title: "lineItemId" in change.line ? titleOf(change.line.lineItemId) : "", amount: "fixed" in change.discount ? money(change.discount.fixed) : `${change.discount.percent}%`, reason: change.reason });
      case "addCustomItem":
        return t("orderActions.edit.says.customItem", { quantity: change.quantity, title: change.title, price: money(change.price) });
      case "addShippingLine":
        return t("orderActions.edit.says.addShipping", { title: change.title, price: money(change.price) });
      case "updateShippingLine":
        return t("orderActions.edit.says.updateShipping", { title: change.title ?? "", price: change.price ? money(change.price) : "" });
      case "removeShippingLine":
        return t("orderActions.edit.says.removeShipping", { title: preview.shippingLines.find((line) => line.id === change.shippingLineId)?.title ?? "" });
    }
  });
  const balance = Number(preview.balance.amount);
  lines.push(
    balance > 0
      ? t("orderActions.edit.says.owes", { amount: money(preview.balance.amount) })
      : balance < 0
        ? t("orderActions.edit.says.owed", { amount: money(String(-balance)) })
        : t("orderActions.edit.says.even"),
  );
  return lines;
}

/**
 * Edit an order from the ticket: stage quantity changes, swaps, added products, discounts, custom
 * items and shipping; see the recalculated totals and balance; confirm; then settle the
 * difference (send the invoice or copy the payment link, or refund what the customer is owed).
 */
export function EditOrderPanel({ ticketId, orderId, seenOrderUpdatedAt, onRefundDifference }: { ticketId: string; orderId: string; seenOrderUpdatedAt: string; onRefundDifference: (amount: string) => void }) {
  const { t, i18n } = useTranslation();
  const [changes, setChanges] = useState<OrderEditChange[]>([]);
  const [step, setStep] = useState<"stage" | "confirm">("stage");
  const [notifyCustomer, setNotify] = useState(true);
  const [staffNote, setStaffNote] = useState("");
  const [idempotencyKey] = useState(() => crypto.randomUUID());
  const preview = useOrderAction<EditTicketOrderValue>(ticketId, orderId, "edit-preview");
  const commit = useOrderAction<EditTicketOrderValue>(ticketId, orderId, "edit-commit", (value) => (value.committed ? t("orderActions.toast.edited") : null));
  const invoice = useOrderAction<{ sent: boolean }>(ticketId, orderId, "invoice", () => t("orderActions.toast.invoiceSent"));
  const [invoiceKey] = useState(() => crypto.randomUUID());

  useEffect(() => {
    preview.run({ intent: "editPreview", changes });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [changes]);

  // The last preview Shopify accepted stays on screen when a change is refused, so the agent can undo it.
  const [lastGood, setLastGood] = useState<OrderEditPreview | null>(null);
  useEffect(() => {
    if (preview.value) setLastGood(preview.value.preview);
  }, [preview.value]);
  const current = commit.value?.preview ?? preview.value?.preview ?? lastGood;
  const money = (amount: string) => formatMoney(amount, current?.total.currencyCode ?? "USD", i18n.language);
  const add = (change: OrderEditChange) =>
    setChanges((staged) => {
      // A new quantity for a line replaces the one staged before.
      const kept = change.kind === "setQuantity" ? staged.filter((other) => !(other.kind === "setQuantity" && other.lineItemId === change.lineItemId)) : staged;
      return [...kept, change];
    });
  const sentences = useMemo(() => (current ? describeChanges(changes, current, t, money) : []), [changes, current]); // eslint-disable-line react-hooks/exhaustive-deps

  if (commit.value?.committed && current) {
    const balance = Number(current.balance.amount);
    const paymentUrl = safeHttpUrl(commit.value.paymentUrl);
    return (
      <BlockStack gap="400">
        <Text as="p" variant="headingSm">
          {t("orderActions.edit.saved")}
        </Text>
        <MoneyRows rows={[{ label: t("orderActions.edit.newTotal"), money: current.total, strong: true }]} />
        {balance > 0 ? (
          <BlockStack gap="200">
            <Text as="p">{t("orderActions.edit.customerOwes", { amount: money(current.balance.amount) })}</Text>
            <InlineStack gap="200">
              <Button variant="primary" loading={invoice.busy} disabled={Boolean(invoice.value)} onClick={() => invoice.run({ intent: "sendInvoice", idempotencyKey: invoiceKey })}>
                {invoice.value ? t("orderActions.edit.invoiceSent") : t("orderActions.edit.sendInvoice")}
              </Button>
              {paymentUrl ? <Button onClick={() => void navigator.clipboard?.writeText(paymentUrl)}>{t("orderActions.edit.copyPaymentLink")}</Button> : null}
            </InlineStack>
            <ActionErrors errors={invoice.errors} />
          </BlockStack>
        ) : balance < 0 ? (
          <BlockStack gap="200">
            <Text as="p">{t("orderActions.edit.customerIsOwed", { amount: money(String(-balance)) })}</Text>
            <InlineStack>
              <Button variant="primary" onClick={() => onRefundDifference(current.balance.amount.replace(/^-/, ""))}>
                {t("orderActions.edit.refundDifference", { amount: money(String(-balance)) })}
              </Button>
            </InlineStack>
          </BlockStack>
        ) : null}
      </BlockStack>
    );
  }

  return (
    <BlockStack gap="400">
      <ActionErrors errors={[...preview.errors, ...commit.errors]} />
      {preview.errors.length && changes.length ? (
        <InlineStack>
          <Button onClick={() => setChanges((staged) => staged.slice(0, -1))}>{t("orderActions.edit.undoLast")}</Button>
        </InlineStack>
      ) : null}
      {!current ? (
        <Text as="p" tone="subdued">
          {t("orderActions.edit.loading")}
        </Text>
      ) : step === "stage" ? (
        <>
          <BlockStack gap="300">
            {current.lines.map((line, index) => (
              <BlockStack gap="300" key={line.id}>
                {index > 0 ? <Divider /> : null}
                <LineRow line={line} ticketId={ticketId} orderId={orderId} onChange={add} />
              </BlockStack>
            ))}
          </BlockStack>
          <Divider />
          <AddVariant ticketId={ticketId} orderId={orderId} currency={current.total.currencyCode} onAdd={(variant) => add({ kind: "addVariant", variantId: variant.id, quantity: 1 })} />
          <ExtraLineForm kind="item" currency={current.total.currencyCode} onAdd={(title, price, quantity) => add({ kind: "addCustomItem", title, price, quantity, taxable: true, requiresShipping: true })} />
          <BlockStack gap="200">
            {current.shippingLines.map((line) => (
              <InlineStack key={line.id} align="space-between" blockAlign="center">
                <Text as="span" textDecorationLine={line.status === "REMOVED" ? "line-through" : undefined}>{`${t("orderActions.edit.shippingLine")}: ${line.title} · ${money(line.price.amount)}`}</Text>
                {line.status !== "REMOVED" ? (
                  <Button variant="plain" tone="critical" onClick={() => add({ kind: "removeShippingLine", shippingLineId: line.id })}>
                    {t("orderActions.edit.remove")}
                  </Button>
                ) : null}
              </InlineStack>
            ))}
            <ExtraLineForm kind="shipping" currency={current.total.currencyCode} onAdd={(title, price) => add({ kind: "addShippingLine", title, price })} />
          </BlockStack>
          <Divider />
          <MoneyRows
            rows={[
              { label: t("orderActions.edit.originalTotal"), money: current.originalTotal, tone: "subdued" },
              { label: t("order.subtotal"), money: current.subtotal },
              { label: t("order.shipping"), money: current.shipping },
              { label: t("order.tax"), money: current.tax },
              { label: t("orderActions.edit.newTotal"), money: current.total, strong: true },
              {
                label: Number(current.balance.amount) >= 0 ? t("orderActions.edit.balanceOwes") : t("orderActions.edit.balanceOwed"),
                money: { ...current.balance, amount: String(Math.abs(Number(current.balance.amount))) },
                strong: true,
                tone: Number(current.balance.amount) > 0 ? "critical" : Number(current.balance.amount) < 0 ? "success" : undefined,
              },
            ]}
          />
          <InlineStack align="space-between" blockAlign="center">
            <Button disabled={!changes.length} onClick={() => setChanges([])}>
              {t("orderActions.edit.startOver")}
            </Button>
            <Button variant="primary" disabled={!changes.length || preview.busy || preview.errors.length > 0} loading={preview.busy} onClick={() => setStep("confirm")}>
              {t("orderActions.edit.review")}
            </Button>
          </InlineStack>
        </>
      ) : (
        <>
          <WhatWillHappen title={t("orderActions.edit.confirmTitle")} lines={sentences} />
          <Checkbox label={t("orderActions.notifyCustomer")} checked={notifyCustomer} onChange={setNotify} />
          <TextField label={t("orderActions.staffNote")} autoComplete="off" value={staffNote} onChange={setStaffNote} maxLength={255} showCharacterCount />
          <InlineStack align="space-between">
            <Button onClick={() => setStep("stage")}>{t("orderActions.back")}</Button>
            <Button variant="primary" loading={commit.busy} onClick={() => commit.run({ intent: "editCommit", changes, notifyCustomer, staffNote, idempotencyKey, seenOrderUpdatedAt })}>
              {t("orderActions.edit.save")}
            </Button>
          </InlineStack>
        </>
      )}
    </BlockStack>
  );
}
