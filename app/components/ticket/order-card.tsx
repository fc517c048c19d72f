import { Modal, TitleBar } from "@shopify/app-bridge-react";
import { Badge, BlockStack, Box, Button, Divider, InlineGrid, InlineStack, Link, Text, Tooltip } from "@shopify/polaris";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { formatDateTime, formatMoney } from "~/components/format";
import { FinancialStatusBadge, FulfillmentStatusBadge } from "~/components/order-status-badges";
import { ShopifyAdminLink } from "~/components/shopify-admin-link";
import { AddressPanel } from "~/components/order-actions/address-panel";
import { CancelPanel } from "~/components/order-actions/cancel-panel";
import { EditOrderPanel } from "~/components/order-actions/edit-order-panel";
import { RefundOrderPanel } from "~/components/order-actions/refund-order-panel";
import { safeHttpUrl } from "~/lib/safe-url";
import { addressLines, type OrderView } from "~/order-view";

function OrderBadges({ order }: { order: OrderView }) {
  const { t } = useTranslation();
  return (
    <InlineStack gap="100">
      {order.cancelled ? <Badge tone="critical">{t("status.cancelled")}</Badge> : null}
      {order.financialStatus ? <FinancialStatusBadge status={order.financialStatus} /> : null}
      {order.fulfillmentStatus ? <FulfillmentStatusBadge status={order.fulfillmentStatus} /> : null}
    </InlineStack>
  );
}

function TrackingLinks({ order }: { order: OrderView }) {
  const { t } = useTranslation();
  return (
    <>
      {order.fulfillments
        .flatMap((fulfillment) => fulfillment.tracking)
        // A carrier's URL arrives in webhooks as any string: only http(s) becomes a link.
        .map((tracking) => ({ ...tracking, url: safeHttpUrl(tracking.url) }))
        .map((tracking, index) =>
          tracking.url ? (
            <Link key={index} url={tracking.url} target="_blank">
              {`${tracking.company ?? t("ticket.tracking")} ${tracking.number ?? ""}`}
            </Link>
          ) : tracking.number ? (
            <Text as="p" variant="bodySm" key={index}>{`${tracking.company ?? t("ticket.tracking")} ${tracking.number}`}</Text>
          ) : null,
        )}
    </>
  );
}

function AmountRow({ label, amount, currency, strong }: { label: string; amount: string; currency: string; strong?: boolean }) {
  const { i18n } = useTranslation();
  return (
    <InlineStack align="space-between">
      <Text as="span" fontWeight={strong ? "semibold" : "regular"}>
        {label}
      </Text>
      <Text as="span" fontWeight={strong ? "semibold" : "regular"}>
        {formatMoney(amount, currency, i18n.language)}
      </Text>
    </InlineStack>
  );
}

/** Everything the mirror knows of one order, opened over the ticket. */
function OrderDetails({ order }: { order: OrderView }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const money = (amount: string) => formatMoney(amount, order.currencyCode, locale);
  return (
    <BlockStack gap="400">
      <InlineStack align="space-between" blockAlign="center">
        <OrderBadges order={order} />
        <Text as="span" tone="subdued">
          {formatDateTime(order.createdAt, locale)}
        </Text>
      </InlineStack>
      <BlockStack gap="200">
        <Text as="h3" variant="headingSm">
          {t("order.items")}
        </Text>
        {order.lineItems.map((item, index) => {
          const quantity = item.currentQuantity ?? item.quantity;
          return (
            <InlineStack key={item.shopifyId ?? index} align="space-between" blockAlign="start" wrap={false}>
              <BlockStack gap="050">
                <Text as="span" fontWeight="medium" textDecorationLine={quantity === 0 ? "line-through" : undefined}>
                  {item.title}
                </Text>
                <Text as="span" tone="subdued" variant="bodySm">
                  {[item.variantTitle, item.sku ? `SKU ${item.sku}` : null].filter(Boolean).join(" · ")}
                </Text>
                {item.unfulfilledQuantity !== undefined && quantity > 0 ? (
                  <Text as="span" tone="subdued" variant="bodySm">
                    {item.unfulfilledQuantity > 0 ? t("order.unfulfilledCount", { count: item.unfulfilledQuantity }) : t("order.allFulfilled")}
                  </Text>
                ) : null}
              </BlockStack>
              <Text as="span">{`${quantity} × ${money(item.price)}`}</Text>
            </InlineStack>
          );
        })}
      </BlockStack>
      <Divider />
      <BlockStack gap="100">
        <AmountRow label={t("order.subtotal")} amount={order.subtotal} currency={order.currencyCode} />
        <AmountRow label={t("order.shipping")} amount={order.totalShipping} currency={order.currencyCode} />
        <AmountRow label={t("order.tax")} amount={order.totalTax} currency={order.currencyCode} />
        <AmountRow label={t("order.total")} amount={order.total} currency={order.currencyCode} strong />
        {Number(order.totalRefunded) > 0 ? <AmountRow label={t("order.refunded")} amount={order.totalRefunded} currency={order.currencyCode} /> : null}
      </BlockStack>
      <Divider />
      <InlineGrid columns={{ xs: 1, sm: 2 }} gap="400">
        <BlockStack gap="100">
          <Text as="h3" variant="headingSm">
            {t("order.shippingAddress")}
          </Text>
          {addressLines(order.shippingAddress).map((line, index) => (
            <Text as="p" key={index}>
              {line}
            </Text>
          ))}
          {!order.shippingAddress ? (
            <Text as="p" tone="subdued">
              {t("order.noShippingAddress")}
            </Text>
          ) : null}
        </BlockStack>
        <BlockStack gap="100">
          <Text as="h3" variant="headingSm">
            {t("order.fulfillments")}
          </Text>
          {order.fulfillments.length === 0 ? (
            <Text as="p" tone="subdued">
              {t("order.noFulfillments")}
            </Text>
          ) : null}
          {order.fulfillments.map((fulfillment, index) => (
            <Text as="p" key={index} variant="bodySm">
              {`${formatDateTime(fulfillment.createdAt, locale)} · ${t(`status.fulfillment.${fulfillment.status ?? ""}`, { defaultValue: fulfillment.status ?? "" })}`}
            </Text>
          ))}
          <TrackingLinks order={order} />
        </BlockStack>
      </InlineGrid>
      {order.refunds.length ? (
        <BlockStack gap="100">
          <Text as="h3" variant="headingSm">
            {t("order.refunds")}
          </Text>
          {order.refunds.map((refund) => (
            <Text as="p" key={refund.shopifyId} variant="bodySm">
              {`${formatDateTime(refund.createdAt, locale)} · ${money(refund.amount)}${refund.note ? ` · ${refund.note}` : ""}`}
            </Text>
          ))}
        </BlockStack>
      ) : null}
      {order.note || order.tags.length ? (
        <BlockStack gap="100">
          {order.note ? <Text as="p">{`${t("order.note")}: ${order.note}`}</Text> : null}
          <InlineStack gap="100">
            {order.tags.map((tag) => (
              <Badge key={tag}>{tag}</Badge>
            ))}
          </InlineStack>
        </BlockStack>
      ) : null}
    </BlockStack>
  );
}

type Panel = "details" | "edit" | "refund" | "address" | "cancel";

/** Why an action is not offered for this order, in the agent's words, or null when it is. */
function unavailable(order: OrderView, panel: Exclude<Panel, "details">, t: (key: string) => string): string | null {
  if (order.cancelled) return t("orderActions.unavailable.cancelled");
  const unfulfilled = order.lineItems.some((item) => (item.unfulfilledQuantity ?? 0) > 0);
  if (panel === "address" && !unfulfilled) return t("orderActions.unavailable.shipped");
  if (panel === "edit" && !unfulfilled) return t("orderActions.unavailable.fulfilled");
  // The mirror's total is what the order is worth after refunds: nothing left means nothing to refund.
  if (panel === "refund" && (order.financialStatus === "REFUNDED" || Number(order.total) <= 0)) return t("orderActions.unavailable.refunded");
  return null;
}

/**
 * One order in the ticket's sidebar: status, items, total and tracking at a glance, and the
 * actions an agent takes on it without leaving the conversation. Its full detail and each action
 * open over the ticket.
 */
export function OrderCard({ order, ticketId }: { order: OrderView; ticketId: string }) {
  const { t, i18n } = useTranslation();
  const [panel, setPanel] = useState<Panel | null>(null);
  const [refundAmount, setRefundAmount] = useState<string | undefined>();
  const close = () => {
    setPanel(null);
    setRefundAmount(undefined);
  };
  const actions = (["edit", "refund", "address", "cancel"] as const).map((action) => ({ action, reason: unavailable(order, action, t) }));
  const titles: Record<Panel, string> = {
    details: t("order.title", { name: order.name }),
    edit: t("orderActions.edit.title", { name: order.name }),
    refund: t("orderActions.refund.title", { name: order.name }),
    address: t("orderActions.address.title", { name: order.name }),
    cancel: t("orderActions.cancel.title", { name: order.name }),
  };
  return (
    <BlockStack gap="150">
      <InlineStack align="space-between" blockAlign="center">
        <InlineStack gap="200" blockAlign="center">
          <Button variant="plain" onClick={() => setPanel("details")} accessibilityLabel={t("order.open", { name: order.name })}>
            {order.name}
          </Button>
          <ShopifyAdminLink resource="orders" id={order.shopifyId} accessibilityLabel={t("order.openInShopify", { name: order.name })} />
        </InlineStack>
        <Text as="span">{formatMoney(order.total, order.currencyCode, i18n.language)}</Text>
      </InlineStack>
      <OrderBadges order={order} />
      <Text as="p" tone="subdued" variant="bodySm">
        {formatDateTime(order.createdAt, i18n.language)}
      </Text>
      {order.lineItems.map((item, index) => (
        <Text as="p" variant="bodySm" key={item.shopifyId ?? index}>
          {`${item.currentQuantity ?? item.quantity} × ${item.title}${item.variantTitle ? ` — ${item.variantTitle}` : ""}`}
        </Text>
      ))}
      <TrackingLinks order={order} />
      <InlineStack gap="200">
        {actions.map(({ action, reason }) => (
          <Tooltip key={action} content={reason ?? undefined} active={reason ? undefined : false}>
            <Button size="slim" disabled={Boolean(reason)} tone={action === "cancel" ? "critical" : undefined} variant={action === "cancel" ? "plain" : undefined} onClick={() => setPanel(action)} accessibilityLabel={t(`orderActions.${action}.buttonFor`, { name: order.name })}>
              {t(`orderActions.${action}.button`)}
            </Button>
          </Tooltip>
        ))}
      </InlineStack>
      {/* App Bridge's modal, drawn by the admin over the whole page; closing it (X, Escape, Close) fires onHide. */}
      <Modal id={`order-${order.id}`} open={panel !== null} onHide={close} variant={panel === "edit" ? "large" : "base"}>
        <TitleBar title={panel ? titles[panel] : ""}>
          <button onClick={close}>{t("common.close")}</button>
        </TitleBar>
        <Box padding="400">
          {panel === "details" ? <OrderDetails order={order} /> : null}
          {panel === "edit" ? (
            <EditOrderPanel
              ticketId={ticketId}
              orderId={order.id}
              seenOrderUpdatedAt={order.updatedAt}
              onRefundDifference={(amount) => {
                setRefundAmount(amount);
                setPanel("refund");
              }}
            />
          ) : null}
          {panel === "refund" ? <RefundOrderPanel ticketId={ticketId} order={order} presetAmount={refundAmount} /> : null}
          {panel === "address" ? <AddressPanel ticketId={ticketId} order={order} /> : null}
          {panel === "cancel" ? <CancelPanel ticketId={ticketId} order={order} /> : null}
        </Box>
      </Modal>
    </BlockStack>
  );
}
