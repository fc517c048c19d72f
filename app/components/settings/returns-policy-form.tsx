import { BlockStack, Card, Checkbox, ChoiceList, FormLayout, Layout, TextField } from "@shopify/polaris";
import { useTranslation } from "react-i18next";
import type { ReturnsPolicyField, ReturnsPolicyFormErrors } from "~/schemas/returns-policy";
import { fieldErrorMessage, RESOLUTION_CHOICES, type ReturnsPolicyDraft } from "./returns-policy-draft";

type FieldProps = { field: ReturnsPolicyField; suffix?: string; prefix?: string; step?: number; helpText?: string; disabled?: boolean; placeholder?: string };

/**
 * The returns policy, in the sections a merchant thinks in: the window and what shoppers may
 * choose, the fees, automatic approval, limits and cancelling. Saved through the page's save bar.
 */
export function ReturnsPolicyForm({ draft, errors, currencyCode, onChange }: { draft: ReturnsPolicyDraft; errors: ReturnsPolicyFormErrors; currencyCode: string; onChange: (draft: ReturnsPolicyDraft) => void }) {
  const { t } = useTranslation();
  const set = (field: ReturnsPolicyField, value: string) => onChange({ ...draft, [field]: value });
  const errorOf = (field: ReturnsPolicyField) => {
    const error = errors[field];
    if (!error) return undefined;
    const { key, values } = fieldErrorMessage(error);
    return t(key, values);
  };
  const label = (field: ReturnsPolicyField) => t(`returnsPolicy.fields.${field.replace(".", "_")}`);
  // Called as a function, not rendered as a component: one defined here would remount its input on every keystroke.
  const numberField = ({ field, suffix, prefix, step = 1, helpText, disabled, placeholder }: FieldProps) => (
    <TextField
      label={label(field)}
      name={field}
      type="number"
      min={0}
      step={step}
      suffix={suffix}
      prefix={prefix}
      autoComplete="off"
      value={draft[field]}
      onChange={(value) => set(field, value)}
      helpText={helpText}
      disabled={disabled}
      placeholder={placeholder}
      error={errorOf(field)}
    />
  );
  const resolutions = draft.resolutions.split(",").filter(Boolean);
  const autoApprove = draft["autoApprove.isEnabled"] === "true";
  const money = { step: 0.01, suffix: currencyCode };

  return (
    <>
      <Layout.AnnotatedSection title={t("returnsPolicy.windowSection")} description={t("returnsPolicy.windowDescription")}>
        <Card>
          <FormLayout>
            {numberField({ field: "windowDays", suffix: t("returnsPolicy.days"), helpText: t("returnsPolicy.help.windowDays") })}
            <TextField label={label("excludedTags")} name="excludedTags" autoComplete="off" value={draft.excludedTags} onChange={(value) => set("excludedTags", value)} helpText={t("returnsPolicy.help.excludedTags")} error={errorOf("excludedTags")} />
            <ChoiceList
              allowMultiple
              title={label("resolutions")}
              choices={RESOLUTION_CHOICES.map((resolution) => ({ value: resolution, label: t(`returnsPolicy.resolutions.${resolution}`) }))}
              selected={resolutions}
              onChange={(selected) => set("resolutions", RESOLUTION_CHOICES.filter((resolution) => selected.includes(resolution)).join(","))}
              error={errorOf("resolutions")}
            />
            {numberField({ field: "storeCreditBonusPercent", suffix: "%", step: 0.5, helpText: t("returnsPolicy.help.storeCreditBonusPercent"), disabled: !resolutions.includes("store_credit") })}
          </FormLayout>
        </Card>
      </Layout.AnnotatedSection>
      <Layout.AnnotatedSection title={t("returnsPolicy.feesSection")} description={t("returnsPolicy.feesDescription")}>
        <Card>
          <FormLayout>
            {numberField({ field: "restockingFeePercent", suffix: "%", step: 0.5, helpText: t("returnsPolicy.help.restockingFeePercent") })}
            {numberField({ field: "returnShippingFee", ...money, helpText: t("returnsPolicy.help.returnShippingFee") })}
            {numberField({ field: "keepItemBelow", ...money, helpText: t("returnsPolicy.help.keepItemBelow") })}
          </FormLayout>
        </Card>
      </Layout.AnnotatedSection>
      <Layout.AnnotatedSection title={t("returnsPolicy.autoApproveSection")} description={t("returnsPolicy.autoApproveDescription")}>
        <Card>
          <BlockStack gap="300">
            <Checkbox label={label("autoApprove.isEnabled")} checked={autoApprove} onChange={(checked) => set("autoApprove.isEnabled", String(checked))} />
            <FormLayout>
              {numberField({ field: "autoApprove.maxOrderTotal", ...money, helpText: t("returnsPolicy.help.anyWhenEmpty"), disabled: !autoApprove })}
              <TextField
                label={label("autoApprove.customerTags")}
                name="autoApprove.customerTags"
                autoComplete="off"
                value={draft["autoApprove.customerTags"]}
                onChange={(value) => set("autoApprove.customerTags", value)}
                helpText={t("returnsPolicy.help.customerTags")}
                disabled={!autoApprove}
                error={errorOf("autoApprove.customerTags")}
              />
              {numberField({ field: "autoApprove.maxReturnRatePercent", suffix: "%", helpText: t("returnsPolicy.help.maxReturnRatePercent"), disabled: !autoApprove })}
            </FormLayout>
          </BlockStack>
        </Card>
      </Layout.AnnotatedSection>
      <Layout.AnnotatedSection title={t("returnsPolicy.limitsSection")} description={t("returnsPolicy.limitsDescription")}>
        <Card>
          <FormLayout>
            <FormLayout.Group condensed>
              {numberField({ field: "limitPerCustomer", helpText: t("returnsPolicy.help.limitPerCustomer"), placeholder: t("returnsPolicy.noLimit") })}
              {numberField({ field: "limitDays", suffix: t("returnsPolicy.days") })}
            </FormLayout.Group>
            {numberField({ field: "cancelWindowMinutes", suffix: t("returnsPolicy.minutes"), helpText: t("returnsPolicy.help.cancelWindowMinutes") })}
          </FormLayout>
        </Card>
      </Layout.AnnotatedSection>
    </>
  );
}
