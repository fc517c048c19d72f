import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { ApiVersion } from "@shopify/shopify-api";
import { parse } from "smol-toml";
import { describe, expect, it } from "vitest";
import { ADMIN_API_VERSION, ADMIN_SCHEMA_FILE } from "~/shopify/api-version";

const root = path.resolve(import.meta.dirname, "..");
const tomlSource = readFileSync(path.join(root, "shopify.app.toml"), "utf8");
const toml = parse(tomlSource) as {
  webhooks: { api_version: string; subscriptions: Array<{ topics?: string[]; compliance_topics?: string[]; uri: string }> };
  access_scopes: { scopes: string };
  app_proxy: { url: string; subpath: string; prefix: string };
};

describe("shopify.app.toml", () => {
  it("pins the same Admin API version as the app, the schema file and the library", () => {
    expect(toml.webhooks.api_version).toBe(ADMIN_API_VERSION);
    expect(Object.values(ApiVersion)).toContain(ADMIN_API_VERSION);
    expect(existsSync(path.join(root, ADMIN_SCHEMA_FILE))).toBe(true);
  });

  it("subscribes to every topic the product needs, and the compliance topics", () => {
    const topics = toml.webhooks.subscriptions.flatMap((subscription) => subscription.topics ?? []);
    const compliance = toml.webhooks.subscriptions.flatMap((subscription) => subscription.compliance_topics ?? []);
    expect(topics).toEqual(
      expect.arrayContaining([
        "orders/create", "orders/updated", "orders/edited", "orders/cancelled", "orders/fulfilled", "refunds/create",
        "returns/request", "returns/approve", "returns/decline", "returns/process", "returns/update", "returns/close",
        "returns/reopen", "returns/cancel", "customers/update", "app/uninstalled",
        "orders/delete", "customers/delete", "app/scopes_update",
      ]),
    );
    expect(compliance.sort()).toEqual(["customers/data_request", "customers/redact", "shop/redact"]);
  });

  it("names, above each subscription, the code that handles it, and gives each topic its own URI", () => {
    const blocks = tomlSource.split("[[webhooks.subscriptions]]").slice(1);
    const comments = [...tomlSource.matchAll(/# Handled by: (.+)/g)].map((match) => match[1]!);
    expect(comments).toHaveLength(blocks.length);
    for (const comment of comments) {
      const files = [...comment.matchAll(/\/((?:app\/)?[\w./-]+\.(?:ts|tsx|mjs))/g)].map((match) => match[1]!);
      expect(files.length, comment).toBeGreaterThan(0);
      for (const file of files) expect(existsSync(path.join(root, file)), file).toBe(true);
    }
    // The receiver accepts a topic only at /webhooks/<topic> (receive-webhook.server.ts).
    for (const subscription of toml.webhooks.subscriptions) {
      const topics = [...(subscription.topics ?? []), ...(subscription.compliance_topics ?? [])];
      expect(topics).toHaveLength(1);
      expect(subscription.uri).toBe(`/webhooks/${topics[0]}`);
    }
  });

  it("carries no setting Shopify CLI no longer supports", () => {
    expect(tomlSource).not.toMatch(/include_config_on_deploy/);
  });

  it("asks for the smallest set of scopes the product needs", () => {
    expect(toml.access_scopes.scopes.split(",").sort()).toEqual(
      ["read_customers", "read_locations", "read_products", "write_app_proxy", "write_order_edits", "write_orders", "write_returns"],
    );
  });

  it("sends the storefront's app proxy to /proxy", () => {
    expect(toml.app_proxy).toMatchObject({ prefix: "apps", subpath: "frontdesk" });
    expect(new URL(toml.app_proxy.url).pathname).toBe("/proxy");
  });
});
