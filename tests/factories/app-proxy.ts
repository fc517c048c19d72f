import { signProxyParams } from "../../devstore/app-proxy";
import { TEST_API_SECRET, TEST_APP_URL } from "../config";

export interface ProxiedInit {
  method?: string;
  body?: URLSearchParams;
  locale?: string;
  ip?: string;
  forwardedFor?: string;
  accept?: string;
  /** Changes the shop after signing: the signature no longer matches. */
  tamper?: boolean;
  /** The shopper Shopify signed in (its customer id), or signed out when unset. */
  signedInAs?: string;
  /** Changes `logged_in_customer_id` after signing. */
  forgeSignedInAs?: string;
  /** Seconds since Shopify signed it. */
  ageSeconds?: number;
}

/** A request as Shopify's app proxy forwards /apps/frontdesk/<path> to the app's /proxy/<path>, signed with the app's secret. */
export function proxied(path: string, shop: string, init: ProxiedInit = {}): Request {
  const query = new URLSearchParams({
    shop,
    logged_in_customer_id: init.signedInAs ?? "",
    path_prefix: "/apps/frontdesk",
    timestamp: String(Math.floor(Date.now() / 1000) - (init.ageSeconds ?? 0)),
  });
  if (init.locale) query.set("locale", init.locale);
  query.set("signature", signProxyParams(query, TEST_API_SECRET));
  if (init.tamper) query.set("shop", "someone-else.myshopify.com");
  if (init.forgeSignedInAs) query.set("logged_in_customer_id", init.forgeSignedInAs);
  return new Request(`${TEST_APP_URL}/proxy/${path}?${query}`, {
    method: init.method ?? "GET",
    body: init.body,
    headers: { "X-Forwarded-For": init.forwardedFor ?? init.ip ?? "203.0.113.7", Accept: init.accept ?? "text/html" },
  });
}

/** A route handler's answer, thrown or returned. */
export async function respond(handler: (args: { request: Request; params: Record<string, string>; context: Record<string, unknown> }) => unknown, request: Request): Promise<Response> {
  try {
    return (await handler({ request, params: {}, context: {} })) as Response;
  } catch (thrown) {
    if (thrown instanceof Response || (thrown as Response)?.status) return thrown as Response;
    throw thrown;
  }
}
