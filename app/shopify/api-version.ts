/**
 * The Admin API version the whole project speaks: the app's GraphQL client, the schema file
 * in `app/shopify/schema/`, `[webhooks] api_version` in shopify.app.toml and the devstore.
 * Newest version that is stable both in `@shopify/shopify-api` and in `@shopify/dev-mcp`'s schemas.
 */
export const ADMIN_API_VERSION = "2026-10" as const;

/** Path of the Admin GraphQL introspection kept in the repo for `ADMIN_API_VERSION`. */
export const ADMIN_SCHEMA_FILE = `app/shopify/schema/admin_${ADMIN_API_VERSION}.json.gz`;

/**
 * The version whose webhook payload schemas we validate against: `shopify-webhook-schemas` 0.3.8
 * ships up to 2026-07, the nearest to ADMIN_API_VERSION. Move it when the package ships 2026-10.
 */
export const WEBHOOK_SCHEMA_VERSION = "2026-07" as const;
