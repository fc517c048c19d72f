import { sessionTokenOf, shopOfSessionToken } from "./session-token-shop";

const TOKEN_EXCHANGE_GRANT = "urn:ietf:params:oauth:grant-type:token-exchange";
const ID_TOKEN_TYPE = "urn:ietf:params:oauth:token-type:id_token";
const OFFLINE_TOKEN_TYPE = "urn:shopify:params:oauth:token-type:offline-access-token";
const ONLINE_TOKEN_TYPE = "urn:shopify:params:oauth:token-type:online-access-token";

export interface AdminAuthenticationGuard {
  apiKey: string;
  apiSecretKey: string;
  appUrl: string;
  useOnlineTokens: boolean;
  /** Verifies a session token's signature, expiry and audience; rejects otherwise. */
  decodeSessionToken(token: string): Promise<{ dest?: unknown }>;
}

/**
 * `authenticate.admin`, except that a session token signed with our secret but for a shop that
 * cannot have the app answers 401 instead of 5xx. The library fails two ways there: a `dest`
 * that is not a myshopify domain throws from its shop validation (a 500), and any token
 * exchange Shopify refuses other than `invalid_subject_token` — no such shop, or
 * `app_not_installed` (Shopify/shopify-api-ruby#1322) — becomes a bare 500 that drops
 * Shopify's answer. So when the library answers 5xx to a valid token, we ask the token endpoint
 * again: if Shopify refuses the token, the request was unauthorized; otherwise (Shopify down,
 * our afterAuth hook failed) the 5xx stands.
 */
export function guardAdminAuthentication<Context>(authenticate: (request: Request) => Promise<Context>, guard: AdminAuthenticationGuard) {
  return async function authenticateAdmin(request: Request): Promise<Context> {
    const token = sessionTokenOf(request);
    // Forged and expired tokens are the library's to answer (401, or the bounce page for a document).
    const payload = token ? await guard.decodeSessionToken(token).catch(() => null) : null;
    const shop = payload ? shopOfSessionToken(payload) : null;
    if (payload && !shop) throw unauthorized(request, guard);
    try {
      return await authenticate(request);
    } catch (thrown) {
      if (token && shop && isServerError(thrown) && (await isRefusedByShopify(shop, token, guard))) throw unauthorized(request, guard);
      throw thrown;
    }
  };
}

function isServerError(thrown: unknown): thrown is Response {
  return thrown instanceof Response && thrown.status >= 500;
}

/**
 * Whether Shopify's token endpoint refuses to exchange the token, as the library asked it to
 * (offline, then online). 401 is not a refusal of the token (it means our client credentials are
 * wrong), nor is 429; a redirect or another 4xx is.
 */
async function isRefusedByShopify(shop: string, token: string, guard: AdminAuthenticationGuard): Promise<boolean> {
  for (const requestedTokenType of guard.useOnlineTokens ? [OFFLINE_TOKEN_TYPE, ONLINE_TOKEN_TYPE] : [OFFLINE_TOKEN_TYPE]) {
    let status: number;
    try {
      const response = await fetch(`https://${shop}/admin/oauth/access_token`, {
        method: "POST",
        redirect: "manual",
        headers: { "Content-Type": "application/json", Accept: "application/json" },
        body: JSON.stringify({
          client_id: guard.apiKey,
          client_secret: guard.apiSecretKey,
          grant_type: TOKEN_EXCHANGE_GRANT,
          subject_token: token,
          subject_token_type: ID_TOKEN_TYPE,
          requested_token_type: requestedTokenType,
        }),
      });
      await response.body?.cancel();
      status = response.status;
    } catch {
      return false;
    }
    if (status >= 300 && status < 500 && status !== 401 && status !== 429) return true;
    if (status >= 300) return false;
  }
  return false;
}

/** The library's own answer to a session token it rejects, with its CORS headers for other origins. */
function unauthorized(request: Request, guard: AdminAuthenticationGuard): Response {
  const response = new Response(undefined, { status: 401, statusText: "Unauthorized" });
  const origin = request.headers.get("Origin");
  if (origin && origin !== guard.appUrl) {
    response.headers.set("Access-Control-Allow-Origin", "*");
    response.headers.set("Access-Control-Allow-Headers", "Authorization, Content-Type");
  }
  return response;
}
