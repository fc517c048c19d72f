/**
 * The Admin API version the whole project speaks: the app's GraphQL client, the schema file
 * in `app/shopify/schema/`, `[webhooks] api_version` in shopify.app.toml and the devstore.
 * Newest version that is stable both in `@shopify/shopify-api` and in `@shopify/dev-mcp`'s schemas.
 */
export const ADMIN_API_VERSION = "2026-07" as const;

/** Path of the Admin GraphQL introspection kept in the repo for `ADMIN_API_VERSION`. */
export const ADMIN_SCHEMA_FILE = `app/shopify/schema/admin_${ADMIN_API_VERSION}.json.gz`;
