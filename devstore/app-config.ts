import { readFileSync } from "node:fs";
import path from "node:path";
import { parse } from "smol-toml";
import { REPO_ROOT } from "./schema.ts";

export interface WebhookSubscription {
  topics: string[];
  complianceTopics: string[];
  uri: string;
}

export interface AppConfig {
  clientId: string;
  name: string;
  handle: string;
  applicationUrl: string;
  scopes: string[];
  webhookApiVersion: string;
  subscriptions: WebhookSubscription[];
  appProxy: { url: string; subpath: string; prefix: string } | null;
}

const strings = (value: unknown): string[] => (Array.isArray(value) ? value.filter((item): item is string => typeof item === "string") : []);

/** The parts of `shopify.app.toml` Shopify acts on: scopes, webhook subscriptions, the app proxy. */
export function loadAppConfig(file = path.join(REPO_ROOT, "shopify.app.toml")): AppConfig {
  const toml = parse(readFileSync(file, "utf8")) as Record<string, any>;
  const proxy = toml.app_proxy as Record<string, unknown> | undefined;
  return {
    clientId: String(toml.client_id ?? ""),
    name: String(toml.name ?? ""),
    handle: String(toml.handle ?? ""),
    applicationUrl: String(toml.application_url ?? ""),
    scopes: String(toml.access_scopes?.scopes ?? "")
      .split(",")
      .map((scope) => scope.trim())
      .filter(Boolean),
    webhookApiVersion: String(toml.webhooks?.api_version ?? ""),
    subscriptions: (Array.isArray(toml.webhooks?.subscriptions) ? toml.webhooks.subscriptions : []).map((entry: Record<string, unknown>) => ({
      topics: strings(entry.topics),
      complianceTopics: strings(entry.compliance_topics),
      uri: String(entry.uri ?? ""),
    })),
    appProxy: proxy ? { url: String(proxy.url ?? ""), subpath: String(proxy.subpath ?? ""), prefix: String(proxy.prefix ?? "apps") } : null,
  };
}

/** `write_x` grants `read_x`, as Shopify's scopes do. */
export function expandScopes(scopes: string[]): string[] {
  const granted = new Set(scopes);
  for (const scope of scopes) if (scope.startsWith("write_")) granted.add(`read_${scope.slice("write_".length)}`);
  return [...granted];
}
