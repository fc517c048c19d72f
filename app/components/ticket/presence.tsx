import { useRevalidator } from "@remix-run/react";
import { Banner, Button, InlineStack, Text } from "@shopify/polaris";
import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";

export const HEARTBEAT_MS = 4_000;

interface PresenceState {
  others: Array<{ staffId: string; name: string | null; isTyping: boolean }>;
  unseen: { authorName: string | null; direction: "INBOUND" | "OUTBOUND"; createdAt: string } | null;
}

/**
 * Keeps the server told that this agent has the ticket open (and whether they are typing), every
 * few seconds and at once when typing starts or stops, and returns who else is here and whether
 * the thread has a message this agent has not seen. Plain `fetch` (App Bridge adds the session
 * token), so heartbeats never reload the page's data.
 */
export function useTicketPresence(ticketId: string, seenMessageId: string, isTyping: boolean): PresenceState {
  const [state, setState] = useState<PresenceState>({ others: [], unseen: null });
  const latest = useRef({ seenMessageId, isTyping });
  latest.current = { seenMessageId, isTyping };
  const url = `/app/tickets/${ticketId}/presence`;
  const beatRef = useRef<() => Promise<void>>();

  useEffect(() => {
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const beat = async () => {
      clearTimeout(timer);
      try {
        const response = await fetch(url, {
          method: "POST",
          headers: { "Content-Type": "application/json" },
          body: JSON.stringify({ typing: latest.current.isTyping, seenMessageId: latest.current.seenMessageId || null }),
        });
        if (response.ok && !stopped) setState((await response.json()) as PresenceState);
      } catch {
        // Offline for a moment: the next beat tries again.
      }
      if (!stopped) timer = setTimeout(beat, HEARTBEAT_MS);
    };
    beatRef.current = beat;
    void beat();
    return () => {
      stopped = true;
      clearTimeout(timer);
      void fetch(url, { method: "DELETE", keepalive: true }).catch(() => undefined);
    };
  }, [url]);

  // Typing started or stopped, or the agent has read newer messages: tell the others now.
  const mounted = useRef(false);
  useEffect(() => {
    if (mounted.current) void beatRef.current?.();
    mounted.current = true;
  }, [isTyping, seenMessageId]);

  return state;
}

/** Who else is on the ticket, and a warning with a way to read what arrived since it was opened. */
export function PresenceBanner({ others, unseen }: PresenceState) {
  const { t } = useTranslation();
  const revalidator = useRevalidator();
  const someone = (name: string | null) => name ?? t("ticket.presence.anotherAgent");
  return (
    <>
      {others.length ? (
        <div role="status" aria-live="polite">
          <InlineStack gap="200" blockAlign="center">
            <span aria-hidden style={{ width: 8, height: 8, borderRadius: 4, background: "var(--p-color-bg-fill-success)", display: "inline-block" }} />
            <Text as="span" tone="subdued" variant="bodySm">
              {others.map((other) => t(other.isTyping ? "ticket.presence.typing" : "ticket.presence.viewing", { name: someone(other.name) })).join(" · ")}
            </Text>
          </InlineStack>
        </div>
      ) : null}
      {unseen ? (
        <Banner tone="warning" title={unseen.direction === "OUTBOUND" ? t("ticket.presence.newReply", { name: someone(unseen.authorName) }) : t("ticket.presence.newCustomerMessage")}>
          <InlineStack gap="200" blockAlign="center">
            <Text as="p">{t("ticket.presence.readFirst")}</Text>
            <Button onClick={() => revalidator.revalidate()} loading={revalidator.state !== "idle"}>
              {t("ticket.presence.showIt")}
            </Button>
          </InlineStack>
        </Banner>
      ) : null}
    </>
  );
}
