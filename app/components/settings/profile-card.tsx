import { Card, FormLayout, TextField } from "@shopify/polaris";
import { useTranslation } from "react-i18next";

/** The agent's own name; saved through the page's save bar. */
export function ProfileCard({ displayName, error, onChange }: { displayName: string; error?: string; onChange: (value: string) => void }) {
  const { t } = useTranslation();
  return (
    <Card>
      <FormLayout>
        <TextField
          label={t("settings.displayName")}
          name="displayName"
          value={displayName}
          onChange={onChange}
          autoComplete="name"
          maxLength={100}
          helpText={t("settings.displayNameHelp")}
          error={error}
        />
      </FormLayout>
    </Card>
  );
}
