import { Modal, TextField } from "@shopify/polaris";
import { useState } from "react";
import { useTranslation } from "react-i18next";

/** Asks for the tag to add to `count` selected tickets; `onApply` with it, trimmed. */
export function BulkTagModal({ open, count, onClose, onApply }: { open: boolean; count: number; onClose: () => void; onApply: (tag: string) => void }) {
  const { t } = useTranslation();
  const [tag, setTag] = useState("");
  const apply = () => {
    if (!tag.trim()) return;
    onApply(tag.trim());
    setTag("");
  };
  return (
    <Modal
      open={open}
      onClose={onClose}
      title={t("inbox.bulk.tagTitle", { count })}
      primaryAction={{ content: t("inbox.bulk.tagApply"), onAction: apply, disabled: !tag.trim() }}
      secondaryActions={[{ content: t("common.cancel"), onAction: onClose }]}
    >
      <Modal.Section>
        <form
          onSubmit={(event) => {
            event.preventDefault();
            apply();
          }}
        >
          <TextField label={t("inbox.filters.tag")} autoComplete="off" value={tag} onChange={setTag} autoFocus maxLength={100} />
        </form>
      </Modal.Section>
    </Modal>
  );
}
