import { useFetcher } from "@remix-run/react";
import { Banner, BlockStack, Button, ButtonGroup, Card, InlineStack, Text, TextField } from "@shopify/polaris";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { useTicketShortcuts } from "./use-ticket-shortcuts";

/** What the ticket page's action answers a reply or a note with. */
interface ComposerResult {
  ok?: true;
  error?: string;
  /** Someone answered after the agent opened the ticket (409): the message was not sent. */
  conflict?: { authorName: string | null; direction: string };
}

function readDraft(key: string): string {
  try {
    return window.localStorage.getItem(key) ?? "";
  } catch {
    return "";
  }
}

function writeDraft(key: string, value: string) {
  try {
    if (value) window.localStorage.setItem(key, value);
    else window.localStorage.removeItem(key);
  } catch {
    // Storage blocked in the admin's iframe: the draft lives as long as the page.
  }
}

/** "Typing" lasts this long after the last keystroke. */
const TYPING_IDLE_MS = 5_000;

/**
 * The reply and note box: drafts kept per ticket and kind, one idempotency key per message,
 * ⌘/Ctrl+Enter to send, r and n to focus it, and a warning when someone answered first.
 */
export function Composer({ ticketId, seenMessageId, replyLanguage, onTypingChange }: { ticketId: string; seenMessageId: string; replyLanguage: string | null; onTypingChange: (typing: boolean) => void }) {
  const { t } = useTranslation();
  const fetcher = useFetcher<ComposerResult>();
  const [kind, setKind] = useState<"reply" | "note">("reply");
  const draftKey = `frontdesk:draft:${ticketId}:${kind}`;
  const [text, setText] = useState("");
  const [idempotencyKey, setIdempotencyKey] = useState(() => crypto.randomUUID());
  useEffect(() => setText(readDraft(draftKey)), [draftKey]);
  const typingTimer = useRef<ReturnType<typeof setTimeout>>();
  const noteTyping = () => {
    // Notes are private to the team: only a reply in progress is a collision to announce.
    if (kind !== "reply") return;
    onTypingChange(true);
    clearTimeout(typingTimer.current);
    typingTimer.current = setTimeout(() => onTypingChange(false), TYPING_IDLE_MS);
  };
  useEffect(() => () => clearTimeout(typingTimer.current), []);
  const focusComposer = (mode: "reply" | "note") => {
    setKind(mode);
    requestAnimationFrame(() => document.querySelector<HTMLTextAreaElement>("#frontdesk-composer textarea")?.focus());
  };
  useTicketShortcuts(useMemo(() => ({ r: () => focusComposer("reply"), n: () => focusComposer("note") }), []));
  const busy = fetcher.state !== "idle";
  const error = fetcher.data && "error" in fetcher.data ? String(fetcher.data.error) : null;
  const conflict = fetcher.data && "conflict" in fetcher.data ? fetcher.data.conflict! : null;

  const send = useCallback(() => {
    if (!text.trim() || busy) return;
    fetcher.submit({ intent: kind, text, idempotencyKey, seenMessageId }, { method: "post" });
  }, [text, busy, kind, idempotencyKey, seenMessageId, fetcher]);

  useEffect(() => {
    if (fetcher.state === "idle" && fetcher.data && "ok" in fetcher.data) {
      setText("");
      writeDraft(draftKey, "");
      setIdempotencyKey(crypto.randomUUID());
    }
    // Only when a submission comes back.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [fetcher.state, fetcher.data]);

  return (
    <Card>
      <BlockStack gap="300">
        {conflict ? (
          <Banner tone="warning" title={t("ticket.conflictTitle")}>
            <p>{conflict.direction === "OUTBOUND" ? t("ticket.conflictReply", { name: conflict.authorName ?? "—" }) : t("ticket.conflictCustomer")}</p>
          </Banner>
        ) : null}
        <ButtonGroup variant="segmented">
          <Button pressed={kind === "reply"} onClick={() => setKind("reply")}>
            {t("ticket.reply")}
          </Button>
          <Button pressed={kind === "note"} onClick={() => setKind("note")}>
            {t("ticket.addNote")}
          </Button>
        </ButtonGroup>
        <div
          id="frontdesk-composer"
          onKeyDown={(event) => {
            if (event.key === "Enter" && (event.metaKey || event.ctrlKey)) {
              event.preventDefault();
              send();
            }
          }}
        >
          <TextField
            label={kind === "reply" ? t("ticket.reply") : t("ticket.addNote")}
            labelHidden
            multiline={5}
            autoComplete="off"
            value={text}
            onChange={(value) => {
              setText(value);
              writeDraft(draftKey, value);
              noteTyping();
            }}
            placeholder={kind === "reply" ? t("ticket.replyPlaceholder") : t("ticket.notePlaceholder")}
            error={conflict ? undefined : (error ?? undefined)}
          />
        </div>
        <InlineStack align="space-between" blockAlign="center">
          <Text as="span" tone="subdued" variant="bodySm">
            {kind === "reply" && replyLanguage ? `${t("ticket.replyIn", { language: t(`languages.${replyLanguage}`, { defaultValue: replyLanguage }) })} · ` : ""}
            {t("ticket.sendShortcut")} · {t("ticket.shortcuts")}
          </Text>
          <Button variant="primary" onClick={send} loading={busy} disabled={!text.trim()}>
            {kind === "reply" ? t("ticket.send") : t("ticket.saveNote")}
          </Button>
        </InlineStack>
      </BlockStack>
    </Card>
  );
}
