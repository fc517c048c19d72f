import { BlockStack, Button, InlineStack, Text } from "@shopify/polaris";
import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { INLINE_ATTACHMENT_ATTRIBUTE as INLINE_ATTACHMENT } from "~/lib/inline-attachment";

/**
 * A customer's HTML mail, already sanitised for display (`messageHtmlForDisplay`). The sender's
 * remote images stay hidden until the agent asks for them, for this message only; inline images
 * are the message's attachments, which `loadAttachment` fetches from the app.
 */
export function MessageHtml({ html, remoteImagesHtml, loadAttachment }: { html: string; remoteImagesHtml: string | null; loadAttachment: (attachmentId: string) => Promise<Blob> }) {
  const { t } = useTranslation();
  const [showRemoteImages, setShowRemoteImages] = useState(false);
  const shown = showRemoteImages && remoteImagesHtml ? remoteImagesHtml : html;
  const body = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const urls: string[] = [];
    let cancelled = false;
    for (const image of body.current?.querySelectorAll<HTMLImageElement>(`img[${INLINE_ATTACHMENT}]`) ?? []) {
      const attachmentId = image.getAttribute(INLINE_ATTACHMENT);
      if (!attachmentId) continue;
      loadAttachment(attachmentId)
        .then((blob) => {
          if (cancelled) return;
          const url = URL.createObjectURL(blob);
          urls.push(url);
          image.src = url;
        })
        // A missing image keeps its alt text, as a mail client shows it.
        .catch(() => undefined);
    }
    return () => {
      cancelled = true;
      for (const url of urls) URL.revokeObjectURL(url);
    };
  }, [shown, loadAttachment]);

  return (
    <BlockStack gap="200">
      {remoteImagesHtml && !showRemoteImages ? (
        <InlineStack gap="200" blockAlign="center">
          <Text as="span" tone="subdued" variant="bodySm">
            {t("ticket.remoteImagesHidden")}
          </Text>
          <Button variant="plain" onClick={() => setShowRemoteImages(true)}>
            {t("ticket.showImages")}
          </Button>
        </InlineStack>
      ) : null}
      <div ref={body} className="frontdesk-message-html" dangerouslySetInnerHTML={{ __html: shown }} />
    </BlockStack>
  );
}
