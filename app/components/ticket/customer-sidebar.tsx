import { Badge, BlockStack, Card, Divider, InlineStack, Link, Text } from "@shopify/polaris";
import { useTranslation } from "react-i18next";
import { formatMoney } from "~/components/format";
import { ShopifyAdminLink } from "~/components/shopify-admin-link";
import { TicketStatusBadge } from "~/components/ticket-badges";
import type { OrderView } from "~/order-view";
import { OrderCard } from "./order-card";

export interface SidebarCustomer {
  /** The numeric Shopify id, when Shopify knows the customer. */
  shopifyId: string | null;
  name: string | null;
  email: string | null;
  language: string | null;
  tags: string[];
  ordersCount: number;
  amountSpent: string;
  currencyCode: string | null;
}

export interface SidebarTicket {
  id: string;
  number: number;
  subject: string;
  status: "OPEN" | "PENDING" | "SNOOZED" | "CLOSED";
}

/** The customer beside the conversation, from the mirror: who they are, their orders, their other tickets. */
export function CustomerSidebar({
  customer,
  orders,
  otherTickets,
  ticketId,
}: {
  customer: SidebarCustomer | null;
  orders: OrderView[];
  otherTickets: SidebarTicket[];
  ticketId: string;
}) {
  const { t, i18n } = useTranslation();
  if (!customer) return null;
  const name = customer.name ?? customer.email ?? t("inbox.noName");
  return (
    <BlockStack gap="400">
      <Card>
        <BlockStack gap="200">
          <InlineStack align="space-between" blockAlign="center" gap="200">
            <Text as="h2" variant="headingMd">
              {name}
            </Text>
            <ShopifyAdminLink resource="customers" id={customer.shopifyId} accessibilityLabel={t("ticket.openCustomerInShopify", { name })} />
          </InlineStack>
          {customer.email ? <Text as="p">{customer.email}</Text> : null}
          <InlineStack gap="200">
            {customer.language ? <Badge>{t(`languages.${customer.language}`, { defaultValue: customer.language })}</Badge> : null}
            {customer.tags.map((tag) => (
              <Badge key={tag}>{tag}</Badge>
            ))}
          </InlineStack>
          <Text as="p" tone="subdued">
            {t("ticket.customerTotals", {
              count: customer.ordersCount,
              spent: customer.currencyCode ? formatMoney(customer.amountSpent, customer.currencyCode, i18n.language) : customer.amountSpent,
            })}
          </Text>
        </BlockStack>
      </Card>
      <Card>
        <BlockStack gap="300">
          <Text as="h2" variant="headingMd">
            {t("ticket.orders")}
          </Text>
          {orders.length === 0 ? (
            <Text as="p" tone="subdued">
              {t("ticket.noOrders")}
            </Text>
          ) : null}
          {orders.map((order, index) => (
            <BlockStack gap="150" key={order.id}>
              {index > 0 ? <Divider /> : null}
              <OrderCard order={order} ticketId={ticketId} />
            </BlockStack>
          ))}
        </BlockStack>
      </Card>
      {otherTickets.length ? (
        <Card>
          <BlockStack gap="200">
            <Text as="h2" variant="headingMd">
              {t("ticket.previousTickets")}
            </Text>
            {otherTickets.map((other) => (
              <InlineStack key={other.id} align="space-between" blockAlign="center">
                <Link url={`/app/tickets/${other.id}`}>{`#${other.number} ${other.subject}`}</Link>
                <TicketStatusBadge status={other.status} />
              </InlineStack>
            ))}
          </BlockStack>
        </Card>
      ) : null}
    </BlockStack>
  );
}
