import { Button } from "@shopify/polaris";
import { AttachmentIcon } from "@shopify/polaris-icons";
import { useState } from "react";
import { useTranslation } from "react-i18next";

/**
 * An attachment's bytes through `fetch` (App Bridge adds the session token, which a plain link or
 * `<img src>` in the admin's iframe would not carry).
 */
export async function fetchAttachment(attachmentId: string): Promise<Blob> {
  const response = await fetch(`/app/attachments/${attachmentId}`);
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return response.blob();
}

/** A file's size for people: "512 B", "12 KB", "3.4 MB". */
export function formatBytes(size: number): string {
  return size < 1024 ? `${size} B` : size < 1024 * 1024 ? `${Math.round(size / 1024)} KB` : `${(size / 1024 / 1024).toFixed(1)} MB`;
}

/** Downloads an attachment (see fetchAttachment) and hands it to the browser as a file. */
export function AttachmentButton({ attachment }: { attachment: { id: string; filename: string; size: number } }) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const download = async () => {
    setBusy(true);
    try {
      const url = URL.createObjectURL(await fetchAttachment(attachment.id));
      const link = Object.assign(document.createElement("a"), { href: url, download: attachment.filename });
      document.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Button size="slim" icon={AttachmentIcon} loading={busy} onClick={() => void download()} accessibilityLabel={t("ticket.downloadAttachment", { name: attachment.filename })}>
      {`${attachment.filename} · ${formatBytes(attachment.size)}`}
    </Button>
  );
}
