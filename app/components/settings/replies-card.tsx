import { Card, FormLayout, Text, TextField } from "@shopify/polaris";
import { useTranslation } from "react-i18next";
import { PRIORITIES, type RepliesDraft } from "./settings-draft";

/** The shop's reply targets by priority and its signature; saved through the page's save bar. */
export function RepliesCard({ draft, errors, onChange }: { draft: RepliesDraft; errors: Partial<Record<string, string[]>>; onChange: (draft: RepliesDraft) => void }) {
  const { t } = useTranslation();
  return (
    <Card>
      <FormLayout>
        <Text as="p" tone="subdued">
          {t("settings.slaHelp")}
        </Text>
        <FormLayout.Group condensed>
          {PRIORITIES.map((priority) => (
            <TextField
              key={priority}
              label={t(`ticket.priority.${priority}`)}
              name={priority}
              type="number"
              min={0.25}
              step={0.25}
              suffix={t("settings.hours")}
              autoComplete="off"
              value={draft.targets[priority]}
              onChange={(value) => onChange({ ...draft, targets: { ...draft.targets, [priority]: value } })}
              error={errors[priority]?.[0]}
            />
          ))}
        </FormLayout.Group>
        <TextField
          label={t("settings.signature")}
          name="signature"
          value={draft.signature}
          onChange={(signature) => onChange({ ...draft, signature })}
          multiline={3}
          autoComplete="off"
          helpText={t("settings.signatureHelp")}
          maxLength={2000}
          error={errors.signature?.[0]}
        />
      </FormLayout>
    </Card>
  );
}
