import { useEffect } from "react";

/**
 * Keys for the ticket page's frequent actions (r reply, n note, e close, a assign to me), when the
 * agent is not typing. `handlers` should be memoised: a new object re-binds the listener.
 */
export function useTicketShortcuts(handlers: Record<string, () => void>) {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement | null;
      if (event.metaKey || event.ctrlKey || event.altKey || target?.closest("input, textarea, select, [contenteditable]")) return;
      const handler = handlers[event.key];
      if (!handler) return;
      event.preventDefault();
      handler();
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, [handlers]);
}
