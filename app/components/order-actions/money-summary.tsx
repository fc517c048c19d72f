import { Banner, BlockStack, InlineStack, List, Text } from "@shopify/polaris";
import { useTranslation } from "react-i18next";
import { formatMoney } from "~/components/format";
import type { Money } from "~/services/order-actions/types";

/** "Label ....... ¥1,200" rows, the last one bold. */
export function MoneyRows({ rows }: { rows: Array<{ label: string; money: Money; strong?: boolean; tone?: "success" | "critical" | "subdued" }> }) {
  const { i18n } = useTranslation();
  return (
    <BlockStack gap="100">
      {rows.map((row) => (
        <InlineStack key={row.label} align="space-between">
          <Text as="span" fontWeight={row.strong ? "semibold" : "regular"} tone={row.tone}>
            {row.label}
          </Text>
          <Text as="span" fontWeight={row.strong ? "semibold" : "regular"} tone={row.tone}>
            {formatMoney(row.money.amount, row.money.currencyCode, i18n.language)}
          </Text>
        </InlineStack>
      ))}
    </BlockStack>
  );
}

/** Shopify's userErrors (or our plain-words refusal), verbatim, above the form. */
export function ActionErrors({ errors }: { errors: string[] }) {
  const { t } = useTranslation();
  if (!errors.length) return null;
  return (
    <Banner tone="critical" title={t("orderActions.failed")}>
      {errors.length === 1 ? (
        <p>{errors[0]}</p>
      ) : (
        <List>
          {errors.map((error) => (
            <List.Item key={error}>{error}</List.Item>
          ))}
        </List>
      )}
    </Banner>
  );
}

/** The confirmation step: exactly what will happen, as sentences. */
export function WhatWillHappen({ title, lines }: { title: string; lines: string[] }) {
  return (
    <Banner tone="warning" title={title}>
      <List>
        {lines.map((line) => (
          <List.Item key={line}>{line}</List.Item>
        ))}
      </List>
    </Banner>
  );
}
