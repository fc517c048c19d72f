import "@shopify/shopify-app-remix/adapters/node";
import "@shopify/shopify-api/adapters/web-api";
import { shopifyApi } from "@shopify/shopify-api";
import { ApiVersion, AppDistribution, LogSeverity, shopifyApp } from "@shopify/shopify-app-remix/server";
import prisma from "./db.server";
import { env } from "./env.server";
import { ADMIN_API_VERSION } from "./shopify/api-version";
import { guardAdminAuthentication } from "./shopify/guard-admin-authentication.server";
import { PooledSessionStorage } from "./models/session-storage.server";
import { recordStaffIdentity } from "./models/staff-member.server";
import { recordInstall } from "./services/record-install.server";

export const apiVersion = ADMIN_API_VERSION as ApiVersion;

// The library logs every request it authenticates at info level: a line per webhook costs
// more CPU than storing it. Production keeps warnings and errors.
const logger = { level: env.NODE_ENV === "production" ? LogSeverity.Warning : LogSeverity.Info };

// Each agent's requests act with their own online token, so Shopify applies their staff
// permissions (who may refund, edit or cancel) and tells us their name; jobs use the offline token.
const useOnlineTokens = true;

const shopify = shopifyApp({
  apiKey: env.SHOPIFY_API_KEY,
  apiSecretKey: env.SHOPIFY_API_SECRET,
  apiVersion,
  scopes: env.SCOPES.split(","),
  appUrl: env.SHOPIFY_APP_URL,
  authPathPrefix: "/auth",
  // Shopify's Prisma storage, its per-request read on the pool (models/session-storage.server.ts).
  sessionStorage: new PooledSessionStorage(prisma),
  distribution: AppDistribution.AppStore,
  useOnlineTokens,
  logger,
  future: {
    unstable_newEmbeddedAuthStrategy: true,
    expiringOfflineAccessTokens: true,
  },
  hooks: {
    afterAuth: async ({ session, admin }) => {
      await recordInstall({ session, admin });
      const user = session.onlineAccessInfo?.associated_user;
      if (user?.id) {
        await recordStaffIdentity(session.shop, { id: BigInt(user.id), firstName: user.first_name ?? null, lastName: user.last_name ?? null, email: user.email ?? null, locale: user.locale ?? null });
      }
    },
  },
});

/**
 * The Shopify library itself, configured as above, for the one check the webhook receiver needs:
 * `webhooks.validate` is what `authenticate.webhook` runs before it loads the shop's session, a
 * lookup the receiver skips (docs/decisions/010).
 */
export const shopifyLibrary = shopifyApi({
  apiKey: env.SHOPIFY_API_KEY,
  apiSecretKey: env.SHOPIFY_API_SECRET,
  apiVersion,
  scopes: env.SCOPES.split(","),
  hostName: new URL(env.SHOPIFY_APP_URL).host,
  hostScheme: new URL(env.SHOPIFY_APP_URL).protocol === "http:" ? "http" : "https",
  isEmbeddedApp: true,
  // It verifies signatures and shop domains only; the app's own client above logs the rest.
  logger: { level: LogSeverity.Warning },
});

export default shopify;
export const addDocumentResponseHeaders = shopify.addDocumentResponseHeaders;
// Every admin route authenticates here: a valid session token for a shop that cannot have the
// app (not a myshopify domain, unknown to Shopify, app not installed) answers 401, never 5xx.
export const authenticate = {
  ...shopify.authenticate,
  admin: guardAdminAuthentication(shopify.authenticate.admin, {
    apiKey: env.SHOPIFY_API_KEY,
    apiSecretKey: env.SHOPIFY_API_SECRET,
    appUrl: env.SHOPIFY_APP_URL,
    useOnlineTokens,
    decodeSessionToken: (token) => shopifyLibrary.session.decodeSessionToken(token),
  }),
};
export const unauthenticated = shopify.unauthenticated;
export const login = shopify.login;
export const sessionStorage = shopify.sessionStorage;
