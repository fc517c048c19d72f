import { Button } from "@shopify/polaris";
import { useState } from "react";

/**
 * Downloads a file from one of the app's resource routes through `fetch` (App Bridge adds the
 * session token, which a plain link in the admin's iframe would not carry) and hands it to the
 * browser as a file.
 */
export function DownloadButton({ url, filename, label, accessibilityLabel, onDownloaded }: { url: string; filename: string; label: string; accessibilityLabel?: string; onDownloaded?: () => void }) {
  const [busy, setBusy] = useState(false);
  const download = async () => {
    setBusy(true);
    try {
      const response = await fetch(url);
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      const href = URL.createObjectURL(await response.blob());
      const link = Object.assign(document.createElement("a"), { href, download: filename });
      document.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(href), 10_000);
      onDownloaded?.();
    } finally {
      setBusy(false);
    }
  };
  return (
    <Button size="slim" loading={busy} onClick={() => void download()} accessibilityLabel={accessibilityLabel}>
      {label}
    </Button>
  );
}
