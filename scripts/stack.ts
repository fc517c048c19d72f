import type { ChildProcess } from "node:child_process";
import { once } from "node:events";
import pg from "pg";
import { startDevstore, type Devstore } from "../devstore/index.ts";
import { findFreePort, startEmbeddedPostgres, type EmbeddedDatabase } from "./embedded-postgres.ts";
import { BROWSER_USER_AGENT, spawnApp, stopProcess, waitForHealthy } from "./app-process.ts";
import { migrateDatabase } from "./migrate-database.ts";
import { seedConversations } from "./seed-conversations.ts";

/** The app's default inbound mail domain (INBOUND_EMAIL_DOMAIN), which the stack leaves as is. */
export const INBOUND_EMAIL_DOMAIN = "inbox.frontdesk.localhost";

export { BROWSER_USER_AGENT };

export interface StackOptions {
  /** Use this database; otherwise an embedded PostgreSQL under `dataDir`. */
  databaseUrl?: string;
  dataDir?: string;
  appPort?: number;
  devstorePort?: number;
  apiKey: string;
  apiSecret: string;
  /** Passed to the devstore: waits before each webhook retry (Shopify's schedule, compressed). */
  webhookRetryDelaysMs?: number[];
  /** Customers' conversations to seed per shop, by mail through the app's inbound SMTP server. */
  seedConversationsPerShop?: number;
  /** Where the app's output goes; silent when omitted. */
  log?: (line: string) => void;
}

export interface Stack {
  appUrl: string;
  databaseUrl: string;
  devstore: Devstore;
  /** Stops the app process with `signal` (SIGKILL: no chance to finish anything), then starts it again. */
  restartApp(signal?: NodeJS.Signals): Promise<void>;
  stop(): Promise<void>;
}

/** The URL Shopify admin frames the app with, carrying a fresh session token. */
export async function embeddedAppUrl(stack: { appUrl: string; devstore: Devstore }, shop: string, locale = "en"): Promise<string> {
  const handle = shop.replace(/\.myshopify\.com$/, "");
  const params = new URLSearchParams({
    embedded: "1",
    shop,
    host: Buffer.from(`admin.shopify.com/store/${handle}`).toString("base64url"),
    locale,
    id_token: await stack.devstore.mintSessionToken(shop),
  });
  return `${stack.appUrl}/app?${params}`;
}

/** Opens the app once per shop as Shopify admin would, which installs it (token exchange), then waits for the imports. */
async function installOnShops(stack: { appUrl: string; databaseUrl: string; devstore: Devstore }) {
  for (const shop of stack.devstore.shops) {
    const response = await fetch(await embeddedAppUrl(stack, shop), { headers: { "User-Agent": BROWSER_USER_AGENT } });
    if (!response.ok) throw new Error(`Opening the app for ${shop} answered ${response.status}: ${await response.text()}`);
  }
  const client = new pg.Client({ connectionString: stack.databaseUrl });
  await client.connect();
  try {
    const deadline = Date.now() + 60_000;
    for (;;) {
      const { rows } = await client.query<{ waiting: string; error: string | null }>(
        "SELECT count(*) AS waiting, max(last_error) AS error FROM graphile_worker.jobs WHERE task_identifier = 'import-shop'",
      );
      if (rows[0]?.error) throw new Error(`A shop's import failed: ${rows[0].error}`);
      if (rows[0]?.waiting === "0") return;
      if (Date.now() > deadline) throw new Error("The shops' imports did not finish within 60 s");
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  } finally {
    await client.end();
  }
}

/**
 * Starts the whole product on this machine: PostgreSQL, the devstore standing in for Shopify,
 * and the built app (`npm run build`) in a process of its own whose Shopify traffic goes to the
 * devstore; then installs the app on the devstore's shops. Everything listens on 127.0.0.1.
 */
export async function startStack(options: StackOptions): Promise<Stack> {
  // The app's last lines, to explain a failure to start.
  const recent: string[] = [];
  const log = (line: string) => {
    recent.push(line);
    if (recent.length > 40) recent.shift();
    options.log?.(line);
  };
  let embedded: EmbeddedDatabase | undefined;
  let databaseUrl = options.databaseUrl;
  if (!databaseUrl) {
    embedded = await startEmbeddedPostgres({ dir: options.dataDir ?? ".data/postgres", quiet: true });
    await embedded.createDatabase("frontdesk");
    databaseUrl = embedded.urlFor("frontdesk");
  }
  let devstore: Devstore | undefined;
  let app: ChildProcess | undefined;
  const stop = async () => {
    if (app) await stopProcess(app);
    await devstore?.close();
    await embedded?.stop();
  };

  try {
    await migrateDatabase(databaseUrl, { quiet: true });
    const appPort = options.appPort ?? (await findFreePort());
    const appUrl = `http://127.0.0.1:${appPort}`;
    const appSmtpPort = await findFreePort();
    devstore = await startDevstore({
      port: options.devstorePort ?? 0,
      appUrl,
      apiKey: options.apiKey,
      apiSecret: options.apiSecret,
      restoreRate: 1000,
      webhookRetryDelaysMs: options.webhookRetryDelaysMs,
      appSmtp: { host: "127.0.0.1", port: appSmtpPort, domain: INBOUND_EMAIL_DOMAIN },
    });

    const launch = async () => {
      app = spawnApp({
        port: appPort,
        // The app's public URL is the devstore's tunnel in front of it, as `shopify app dev`'s is.
        publicUrl: devstore!.appUrl,
        databaseUrl: databaseUrl!,
        apiKey: options.apiKey,
        apiSecret: options.apiSecret,
        env: {
          DEVSTORE_URL: devstore!.url,
          APP_BRIDGE_URL: devstore!.appBridgeUrl,
          // Shoppers' mail comes in here; the app's own mail goes to the devstore's catcher.
          INBOUND_SMTP_PORT: String(appSmtpPort),
          SMTP_URL: `smtp://127.0.0.1:${devstore!.mail.smtpPort}`,
        },
        log,
      });
      await waitForHealthy(appUrl, app, 60_000);
    };
    await launch();
    const stack = { appUrl: devstore.appUrl, databaseUrl, devstore };
    await installOnShops(stack);
    if (options.seedConversationsPerShop) await seedConversations(devstore, { perShop: options.seedConversationsPerShop, domain: INBOUND_EMAIL_DOMAIN });
    const restartApp = async (signal: NodeJS.Signals = "SIGTERM") => {
      const running = app!;
      if (running.exitCode === null && running.signalCode === null) {
        const exited = once(running, "exit");
        running.kill(signal);
        await exited;
      }
      await launch();
    };
    return { ...stack, restartApp, stop };
  } catch (error) {
    await stop();
    throw new Error(`${(error as Error).message}\n--- the app's last lines ---\n${recent.join("\n")}`, { cause: error });
  }
}
