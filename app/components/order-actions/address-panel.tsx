import { BlockStack, Button, FormLayout, InlineStack, Text, TextField } from "@shopify/polaris";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { addressLines, type OrderView } from "~/order-view";
import type { ShippingAddressInput } from "~/services/order-actions/types";
import { ActionErrors, WhatWillHappen } from "./money-summary";
import { useOrderAction } from "./use-order-action";

const REQUIRED = ["lastName", "address1", "city", "countryCode"] as const;

function startingAddress(order: OrderView): ShippingAddressInput {
  const address = order.shippingAddress;
  const [firstName, ...rest] = (address?.name ?? "").trim().split(/\s+/);
  return {
    firstName: rest.length ? firstName : "",
    lastName: rest.length ? rest.join(" ") : (firstName ?? ""),
    address1: address?.address1 ?? "",
    address2: address?.address2 ?? "",
    city: address?.city ?? "",
    // Shopify takes the state or prefecture as a code ("IL", "JP-13"); the name is only shown.
    provinceCode: address?.provinceCode ?? "",
    zip: address?.zip ?? "",
    countryCode: address?.countryCodeV2 ?? "",
    phone: address?.phone ?? "",
  };
}

/** Change where an unfulfilled order ships; the old address stays in the ticket's activity. */
export function AddressPanel({ ticketId, order }: { ticketId: string; order: OrderView }) {
  const { t } = useTranslation();
  const [address, setAddress] = useState<ShippingAddressInput>(() => startingAddress(order));
  const [step, setStep] = useState<"edit" | "confirm">("edit");
  const [touched, setTouched] = useState(false);
  const [idempotencyKey] = useState(() => crypto.randomUUID());
  const action = useOrderAction<{ changed: boolean }>(ticketId, order.id, "address", () => t("orderActions.toast.addressChanged"));
  const missing = REQUIRED.filter((field) => !String(address[field] ?? "").trim());
  const field = (name: keyof ShippingAddressInput, label: string, autoComplete: string) => (
    <TextField
      label={label}
      autoComplete={autoComplete}
      value={String(address[name] ?? "")}
      onChange={(value) => setAddress({ ...address, [name]: name === "countryCode" ? value.toUpperCase().slice(0, 2) : value })}
      requiredIndicator={(REQUIRED as readonly string[]).includes(name)}
      error={touched && (missing as readonly string[]).includes(name) ? t("orderActions.address.required") : undefined}
    />
  );

  if (action.value) {
    return (
      <Text as="p" variant="headingSm">
        {t("orderActions.address.done")}
      </Text>
    );
  }
  const next = [
    [address.firstName, address.lastName].filter(Boolean).join(" "),
    address.address1,
    address.address2,
    [address.zip, address.city, address.provinceCode].filter(Boolean).join(" "),
    address.countryCode,
    address.phone,
  ].filter((line): line is string => Boolean(line && line.trim()));
  return (
    <BlockStack gap="400">
      <ActionErrors errors={action.errors} />
      {step === "edit" ? (
        <>
          <FormLayout>
            <FormLayout.Group>
              {field("firstName", t("orderActions.address.firstName"), "given-name")}
              {field("lastName", t("orderActions.address.lastName"), "family-name")}
            </FormLayout.Group>
            {field("address1", t("orderActions.address.address1"), "address-line1")}
            {field("address2", t("orderActions.address.address2"), "address-line2")}
            <FormLayout.Group>
              {field("zip", t("orderActions.address.zip"), "postal-code")}
              {field("city", t("orderActions.address.city"), "address-level2")}
            </FormLayout.Group>
            <FormLayout.Group>
              {field("provinceCode", t("orderActions.address.province"), "address-level1")}
              {field("countryCode", t("orderActions.address.countryCode"), "country")}
            </FormLayout.Group>
            {field("phone", t("orderActions.address.phone"), "tel")}
          </FormLayout>
          <InlineStack align="end">
            <Button variant="primary" onClick={() => (setTouched(true), missing.length === 0 && setStep("confirm"))}>
              {t("orderActions.address.review")}
            </Button>
          </InlineStack>
        </>
      ) : (
        <>
          <WhatWillHappen
            title={t("orderActions.address.confirmTitle", { name: order.name })}
            lines={[t("orderActions.address.from", { address: addressLines(order.shippingAddress).join(", ") || "—" }), t("orderActions.address.to", { address: next.join(", ") })]}
          />
          <InlineStack align="space-between">
            <Button onClick={() => setStep("edit")}>{t("orderActions.back")}</Button>
            <Button variant="primary" loading={action.busy} onClick={() => action.run({ intent: "address", address, idempotencyKey })}>
              {t("orderActions.address.save")}
            </Button>
          </InlineStack>
        </>
      )}
    </BlockStack>
  );
}
