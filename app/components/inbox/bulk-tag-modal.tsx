import { Modal, TitleBar } from "@shopify/app-bridge-react";
import { Box, TextField } from "@shopify/polaris";
import { useState } from "react";
import { useTranslation } from "react-i18next";

/**
 * Asks for the tag to add to `count` selected tickets, in App Bridge's modal; `onApply` with it,
 * trimmed. Closing the modal (X, Escape, Cancel) fires `onClose`.
 */
export function BulkTagModal({ open, count, onClose, onApply }: { open: boolean; count: number; onClose: () => void; onApply: (tag: string) => void }) {
  const { t } = useTranslation();
  const [tag, setTag] = useState("");
  // The field is focused once the modal shows: the content is mounted while it is still hidden.
  const [shown, setShown] = useState(false);
  const apply = () => {
    if (!tag.trim()) return;
    onApply(tag.trim());
    setTag("");
  };
  return (
    <Modal
      id="bulk-tag-modal"
      open={open}
      onShow={() => setShown(true)}
      onHide={() => {
        setShown(false);
        onClose();
      }}
    >
      <TitleBar title={t("inbox.bulk.tagTitle", { count })}>
        <button variant="primary" onClick={apply} disabled={!tag.trim()}>
          {t("inbox.bulk.tagApply")}
        </button>
        <button onClick={onClose}>{t("common.cancel")}</button>
      </TitleBar>
      <Box padding="400">
        <form
          onSubmit={(event) => {
            event.preventDefault();
            apply();
          }}
        >
          <TextField label={t("inbox.filters.tag")} autoComplete="off" value={tag} onChange={setTag} focused={shown} maxLength={100} />
        </form>
      </Box>
    </Modal>
  );
}
