import { Badge, BlockStack, Box, InlineStack, Text, Tooltip } from "@shopify/polaris";
import { useTranslation } from "react-i18next";
import { formatDateTime } from "~/components/format";
import type { ThreadMessageView } from "~/presenters/ticket";
import { AttachmentButton, fetchAttachment } from "./attachment-button";
import { MessageHtml } from "./message-html";
import { ActivityLine, type TimelineActivity } from "./timeline";

const MESSAGE_BACKGROUND = { INBOUND: "bg-surface", OUTBOUND: "bg-surface-info", NOTE: "bg-surface-warning" } as const;

/** The conversation: messages and the timeline's activities, in the order they happened. */
export function Thread({ messages, activities }: { messages: ThreadMessageView[]; activities: TimelineActivity[] }) {
  const entries = [...messages.map((message) => ({ at: message.createdAt, message, activity: null })), ...activities.map((activity) => ({ at: activity.createdAt, message: null, activity }))].sort(
    (a, b) => a.at.localeCompare(b.at),
  );
  return (
    <BlockStack gap="300">
      {entries.map(({ message, activity }) => (activity ? <ActivityLine key={activity.id} activity={activity} /> : <ThreadMessage key={message!.id} message={message!} />))}
    </BlockStack>
  );
}

/** One message: who wrote it and when, whether a reply went out, its text or mail HTML, its attachments. */
export function ThreadMessage({ message }: { message: ThreadMessageView }) {
  const { t, i18n } = useTranslation();
  return (
    <Box background={MESSAGE_BACKGROUND[message.direction]} padding="400" borderRadius="300" borderWidth="025" borderColor="border">
      <BlockStack gap="200">
        <InlineStack align="space-between" blockAlign="center">
          <InlineStack gap="200" blockAlign="center">
            <Text as="span" fontWeight="semibold">
              {message.authorName ?? message.authorEmail ?? t("ticket.unknownAuthor")}
            </Text>
            {message.direction === "NOTE" ? <Badge tone="warning">{t("ticket.note")}</Badge> : null}
            {message.isSenderVerified === true ? <Badge tone="success">{t("ticket.senderSignedIn")}</Badge> : null}
            {message.isSenderVerified === false ? (
              <Tooltip content={t("ticket.senderUnverifiedHint")}>
                <Badge tone="attention">{t("ticket.senderUnverified")}</Badge>
              </Tooltip>
            ) : null}
            {message.direction === "OUTBOUND" ? (
              message.deliveryFailedAt ? (
                <Badge tone="critical">{t("ticket.notDelivered")}</Badge>
              ) : (
                <Badge tone="info">{message.sentAt ? t("ticket.sent") : t("ticket.sending")}</Badge>
              )
            ) : null}
          </InlineStack>
          <Text as="span" tone="subdued" variant="bodySm">
            {formatDateTime(message.createdAt, i18n.language)}
          </Text>
        </InlineStack>
        {message.html && !message.text ? (
          <MessageHtml html={message.html} remoteImagesHtml={message.remoteImagesHtml} loadAttachment={fetchAttachment} />
        ) : (
          <Text as="p">
            <span style={{ whiteSpace: "pre-wrap" }}>{message.text}</span>
          </Text>
        )}
        {message.deliveryFailedAt ? (
          <Text as="p" tone="critical" variant="bodySm">
            {message.deliveryError ? t("ticket.notDeliveredReason", { reason: message.deliveryError }) : t("ticket.notDeliveredNoReason")}
          </Text>
        ) : null}
        {message.attachments.length ? (
          <InlineStack gap="200">
            {message.attachments.map((attachment) => (
              <AttachmentButton key={attachment.id} attachment={attachment} />
            ))}
          </InlineStack>
        ) : null}
      </BlockStack>
    </Box>
  );
}
