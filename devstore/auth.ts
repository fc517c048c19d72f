import { createHmac, randomBytes, randomUUID, timingSafeEqual } from "node:crypto";
import { jwtVerify, SignJWT, type JWTPayload } from "jose";
import { expandScopes } from "./app-config.ts";
import { parseGid } from "./objects.ts";
import { findStaffMember, getShop, type DevstoreState } from "./state.ts";

// Shopify's OAuth token endpoint as the app libraries call it: token exchange (an embedded app
// trades the session token from App Bridge for an access token), refresh-token rotation for
// expiring offline tokens, and the session tokens Shopify admin mints for the framed app.

export const TOKEN_EXCHANGE_GRANT = "urn:ietf:params:oauth:grant-type:token-exchange";
export const ID_TOKEN_TYPE = "urn:ietf:params:oauth:token-type:id_token";
export const ONLINE_TOKEN_TYPE = "urn:shopify:params:oauth:token-type:online-access-token";
export const OFFLINE_TOKEN_TYPE = "urn:shopify:params:oauth:token-type:offline-access-token";

export const ACCESS_TOKEN_LIFETIME_SECONDS = 3600;
export const REFRESH_TOKEN_LIFETIME_SECONDS = 7_776_000;
export const ONLINE_TOKEN_LIFETIME_SECONDS = 86_399;
export const SESSION_TOKEN_LIFETIME_SECONDS = 60;

export interface AppCredentials {
  apiKey: string;
  apiSecret: string;
  scopes: string[];
}

export interface AccessToken {
  token: string;
  shop: string;
  kind: "offline" | "online";
  scopes: string[];
  /** Epoch ms; undefined for non-expiring offline tokens. */
  expiresAt?: number;
  refreshToken?: string;
  refreshTokenExpiresAt?: number;
  userId?: string;
}

/**
 * Access and refresh tokens. They are self-contained: the fields signed with the app's secret,
 * so the sessions an app has stored keep working when the devstore restarts (as a real shop's
 * tokens outlive any one Shopify server). Only revocations are remembered, in memory.
 */
export interface TokenStore {
  issue(token: Omit<AccessToken, "token">): AccessToken;
  /** The token when it is valid for `shop` right now. */
  verify(token: string | null | undefined, shop: string): AccessToken | undefined;
  findByRefreshToken(refreshToken: string): AccessToken | undefined;
  revoke(token: AccessToken): void;
  /** Retires every token of a shop issued until now, as uninstalling the app does. */
  revokeShop(shop: string): void;
}

type SignedFields = Omit<AccessToken, "token" | "refreshToken"> & { issuedAt: number; nonce: string };

export function createTokenStore(secret: string, now: () => number = Date.now): TokenStore {
  const revoked = new Set<string>();
  const shopRevokedAt = new Map<string, number>();
  const sign = (body: string) => createHmac("sha256", secret).update(body).digest("base64url");
  const encode = (prefix: string, fields: SignedFields) => {
    const body = Buffer.from(JSON.stringify(fields)).toString("base64url");
    return `${prefix}_${body}.${sign(`${prefix}.${body}`)}`;
  };
  const decode = (value: string, prefixes: string[]): SignedFields | undefined => {
    const match = /^([a-z]+)_([A-Za-z0-9_-]+)\.([A-Za-z0-9_-]+)$/.exec(value);
    if (!match || !prefixes.includes(match[1]!)) return undefined;
    const expected = Buffer.from(sign(`${match[1]}.${match[2]}`));
    const given = Buffer.from(match[3]!);
    if (expected.length !== given.length || !timingSafeEqual(expected, given)) return undefined;
    if (revoked.has(value)) return undefined;
    const fields = JSON.parse(Buffer.from(match[2]!, "base64url").toString("utf8")) as SignedFields;
    if ((shopRevokedAt.get(fields.shop) ?? -1) >= fields.issuedAt) return undefined;
    return fields;
  };
  const toToken = (token: string, fields: SignedFields, refreshToken?: string): AccessToken => {
    const { issuedAt: _issuedAt, nonce: _nonce, ...rest } = fields;
    return { ...rest, token, ...(refreshToken ? { refreshToken } : {}) };
  };
  return {
    issue(fields) {
      const signed: SignedFields = { ...fields, issuedAt: now(), nonce: randomBytes(6).toString("hex") };
      delete (signed as Partial<AccessToken>).refreshToken;
      const token = encode(fields.kind === "online" ? "shpua" : "shpat", signed);
      const refreshToken = fields.refreshToken !== undefined ? encode("shprt", signed) : undefined;
      return toToken(token, signed, refreshToken);
    },
    verify(value, shop) {
      const fields = value ? decode(value, ["shpat", "shpua"]) : undefined;
      if (!fields || fields.shop !== shop) return undefined;
      if (fields.expiresAt !== undefined && fields.expiresAt <= now()) return undefined;
      return toToken(value!, fields);
    },
    findByRefreshToken(refreshToken) {
      const fields = decode(refreshToken, ["shprt"]);
      if (!fields || (fields.refreshTokenExpiresAt !== undefined && fields.refreshTokenExpiresAt <= now())) return undefined;
      return toToken(encode("shpat", fields), fields, refreshToken);
    },
    revoke(token) {
      revoked.add(token.token);
      if (token.refreshToken) revoked.add(token.refreshToken);
    },
    revokeShop(shop) {
      shopRevokedAt.set(shop, now());
    },
  };
}

function secretKey(apiSecret: string): Uint8Array {
  return new TextEncoder().encode(apiSecret);
}

/**
 * A session token as Shopify admin issues it to the framed app (what App Bridge's `idToken()`
 * returns): HS256 with the app's secret, one minute long, for a staff member of the shop.
 */
export async function mintSessionToken(options: {
  state: DevstoreState;
  credentials: Pick<AppCredentials, "apiKey" | "apiSecret">;
  shop: string;
  userId?: string;
  lifetimeSeconds?: number;
}): Promise<string> {
  const { state, credentials, shop } = options;
  const shopState = getShop(state, shop);
  const staff = options.userId ? findStaffMember(state, shop, options.userId) : shopState.staff.find((member) => member.isShopOwner);
  if (!staff) throw new Error(`${shop} has no staff member ${options.userId}`);
  const userId = parseGid(staff.id)!.id;
  const issuedAt = Math.floor(Date.now() / 1000);
  return new SignJWT({
    iss: `https://${shop}/admin`,
    dest: `https://${shop}`,
    aud: credentials.apiKey,
    sub: userId,
    sid: randomUUID().replace(/-/g, ""),
  })
    .setProtectedHeader({ alg: "HS256", typ: "JWT" })
    .setIssuedAt(issuedAt)
    .setNotBefore(issuedAt)
    .setExpirationTime(issuedAt + (options.lifetimeSeconds ?? SESSION_TOKEN_LIFETIME_SECONDS))
    .setJti(randomUUID())
    .sign(secretKey(credentials.apiSecret));
}

export interface TokenEndpointResult {
  status: number;
  body: Record<string, unknown>;
}

function oauthError(status: number, error: string, description: string): TokenEndpointResult {
  return { status, body: { error, error_description: description } };
}

function describeToken(token: AccessToken, state: DevstoreState): Record<string, unknown> {
  const body: Record<string, unknown> = { access_token: token.token, scope: token.scopes.join(",") };
  if (token.expiresAt !== undefined) body.expires_in = Math.max(0, Math.round((token.expiresAt - Date.now()) / 1000));
  if (token.refreshToken && token.refreshTokenExpiresAt !== undefined) {
    body.refresh_token = token.refreshToken;
    body.refresh_token_expires_in = Math.max(0, Math.round((token.refreshTokenExpiresAt - Date.now()) / 1000));
  }
  if (token.kind === "online" && token.userId) {
    const staff = findStaffMember(state, token.shop, token.userId);
    body.associated_user_scope = token.scopes.join(",");
    body.session = randomBytes(16).toString("hex");
    body.associated_user = {
      id: Number(token.userId),
      first_name: staff?.firstName ?? "",
      last_name: staff?.lastName ?? "",
      email: staff?.email ?? "",
      account_owner: staff?.isShopOwner ?? false,
      locale: staff?.locale ?? "en",
      collaborator: staff?.accountType === "COLLABORATOR",
      email_verified: true,
    };
  }
  return body;
}

function issueOfflineToken(tokens: TokenStore, shop: string, scopes: string[], expiring: boolean): AccessToken {
  const now = Date.now();
  return tokens.issue({
    shop,
    kind: "offline",
    scopes,
    ...(expiring
      ? {
          expiresAt: now + ACCESS_TOKEN_LIFETIME_SECONDS * 1000,
          refreshToken: "",
          refreshTokenExpiresAt: now + REFRESH_TOKEN_LIFETIME_SECONDS * 1000,
        }
      : {}),
  });
}

async function verifySubjectToken(subjectToken: string, credentials: AppCredentials, shop: string): Promise<JWTPayload | string> {
  try {
    const { payload } = await jwtVerify(subjectToken, secretKey(credentials.apiSecret), { algorithms: ["HS256"], audience: credentials.apiKey, clockTolerance: 10 });
    if (payload.dest !== `https://${shop}`) return "The subject token was issued for another shop.";
    return payload;
  } catch (error) {
    return `The subject token is invalid: ${(error as Error).message}`;
  }
}

/**
 * `POST https://<shop>/admin/oauth/access_token`, for the grants the app libraries use. Accepts
 * JSON or form bodies, as Shopify does. Answers Shopify's shapes: the access token response, or
 * `{error, error_description}` with 400/401.
 */
export async function exchangeAccessToken(options: {
  state: DevstoreState;
  tokens: TokenStore;
  credentials: AppCredentials;
  shop: string;
  params: Record<string, string | undefined>;
}): Promise<TokenEndpointResult> {
  const { state, tokens, credentials, shop, params } = options;
  if (!state.shops.has(shop)) return oauthError(404, "shop_not_found", `No shop at ${shop}.`);
  if (params.client_id !== credentials.apiKey || params.client_secret !== credentials.apiSecret) {
    return oauthError(401, "invalid_client", "Client authentication failed: unknown client_id or wrong client_secret.");
  }
  const scopes = expandScopes(credentials.scopes);

  if (params.grant_type === "refresh_token") {
    const previous = params.refresh_token ? tokens.findByRefreshToken(params.refresh_token) : undefined;
    if (!previous || previous.shop !== shop) return oauthError(400, "invalid_grant", "The refresh token is invalid, expired or already used.");
    // Rotation: the old access and refresh tokens stop working the moment new ones are issued.
    tokens.revoke(previous);
    return { status: 200, body: describeToken(issueOfflineToken(tokens, shop, previous.scopes, true), state) };
  }

  if (params.grant_type !== TOKEN_EXCHANGE_GRANT) return oauthError(400, "unsupported_grant_type", `Unsupported grant_type ${params.grant_type ?? "(none)"}.`);
  const expiring = params.expiring === "1";
  const requested = params.requested_token_type ?? OFFLINE_TOKEN_TYPE;

  if (params.subject_token_type === OFFLINE_TOKEN_TYPE) {
    // Migration of a non-expiring offline token to an expiring one; the old token is retired.
    const previous = tokens.verify(params.subject_token, shop);
    if (!previous || previous.kind !== "offline") return oauthError(400, "invalid_subject_token", "The subject token is not a valid offline access token for this shop.");
    tokens.revoke(previous);
    return { status: 200, body: describeToken(issueOfflineToken(tokens, shop, previous.scopes, expiring), state) };
  }
  if (params.subject_token_type !== ID_TOKEN_TYPE) return oauthError(400, "invalid_request", "subject_token_type must be an id_token.");
  const payload = await verifySubjectToken(params.subject_token ?? "", credentials, shop);
  if (typeof payload === "string") return oauthError(400, "invalid_subject_token", payload);

  if (requested === ONLINE_TOKEN_TYPE) {
    const userId = String(payload.sub ?? "");
    if (!findStaffMember(state, shop, userId)) return oauthError(400, "invalid_subject_token", "The subject token's user is not a staff member of this shop.");
    const token = tokens.issue({ shop, kind: "online", scopes, userId, expiresAt: Date.now() + ONLINE_TOKEN_LIFETIME_SECONDS * 1000 });
    return { status: 200, body: describeToken(token, state) };
  }
  if (requested !== OFFLINE_TOKEN_TYPE) return oauthError(400, "invalid_request", `Unsupported requested_token_type ${requested}.`);
  return { status: 200, body: describeToken(issueOfflineToken(tokens, shop, scopes, expiring), state) };
}
