import { useFetcher, useRevalidator, type ShouldRevalidateFunction } from "@remix-run/react";
import { useAppBridge } from "@shopify/app-bridge-react";
import { useCallback, useEffect, useRef } from "react";
import type { OrderActionResult } from "~/services/order-actions/types";

/** Where a ticket's order actions are posted and variants looked up. */
export function orderActionUrl(ticketId: string, orderId: string): string {
  return `/app/tickets/${ticketId}/orders/${orderId}`;
}

/**
 * One order action's round trip: `run({ intent, ... })` posts JSON to the ticket's order route
 * and `result` is the service's answer. The page's data reloads after it, so the sidebar shows
 * the mirror as the action left it. `toast` words a success for App Bridge's toast (null: none).
 */
export function useOrderAction<T>(ticketId: string, orderId: string, key: string, toast?: (value: T) => string | null) {
  const fetcher = useFetcher<OrderActionResult<T>>({ key: `order-action:${orderId}:${key}` });
  const run = useCallback(
    (payload: Record<string, unknown>) => fetcher.submit(JSON.parse(JSON.stringify(payload)), { method: "post", encType: "application/json", action: orderActionUrl(ticketId, orderId) }),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [ticketId, orderId, fetcher.submit],
  );
  const result = fetcher.data;
  // The order changed under the agent: reload it, so the next press confirms what they now see.
  const revalidator = useRevalidator();
  const stale = result && !result.ok && result.code === "STALE";
  useEffect(() => {
    if (stale) revalidator.revalidate();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [stale, result]);
  // A keyed fetcher keeps its answer when the panel closes: only an answer that arrives while this
  // panel is open is announced, once.
  const shopify = useAppBridge();
  const announced = useRef(result);
  useEffect(() => {
    if (!result || result === announced.current) return;
    announced.current = result;
    const message = result.ok && toast ? toast(result.value) : null;
    if (message) shopify.toast.show(message);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [result]);
  return {
    run,
    busy: fetcher.state !== "idle",
    result,
    value: result?.ok ? result.value : null,
    errors: result && !result.ok ? result.errors : [],
  };
}

/** Previews (a recalculated edit, a suggested refund, a job's progress) change nothing. */
const PREVIEW_INTENTS = new Set(["editPreview", "refundSuggest", "cancelProgress"]);

/** For the routes on screen during order actions: no reload after a preview, as after any other submission otherwise. */
export const skipRevalidationAfterPreviews: ShouldRevalidateFunction = ({ json, defaultShouldRevalidate }) => {
  const intent = json && typeof json === "object" && "intent" in json ? String((json as { intent: unknown }).intent) : null;
  return intent && PREVIEW_INTENTS.has(intent) ? false : defaultShouldRevalidate;
};
