import { readFileSync } from "node:fs";
import path from "node:path";
import { gunzipSync } from "node:zlib";
import { buildClientSchema, type GraphQLSchema, type IntrospectionQuery } from "graphql";
import { ADMIN_SCHEMA_FILE } from "../app/shopify/api-version.ts";

export const REPO_ROOT = path.resolve(import.meta.dirname, "..");

let cached: GraphQLSchema | undefined;

/** Shopify's Admin GraphQL schema for the pinned version, built once per process from the introspection in the repo. */
export function loadAdminSchema(): GraphQLSchema {
  if (!cached) {
    const file = path.join(REPO_ROOT, ADMIN_SCHEMA_FILE);
    const introspection = JSON.parse(gunzipSync(readFileSync(file)).toString("utf8")) as { data: IntrospectionQuery };
    cached = buildClientSchema(introspection.data);
  }
  return cached;
}
