import { spawn, type ChildProcess } from "node:child_process";
import { once } from "node:events";
import path from "node:path";
import pg from "pg";
import { startDevstore, type Devstore } from "../devstore/index.ts";
import { findFreePort, startEmbeddedPostgres, type EmbeddedDatabase } from "./embedded-postgres.ts";
import { migrateDatabase } from "./migrate-database.ts";

/** A normal desktop Chrome: the app answers 410 to user agents that look like bots. */
export const BROWSER_USER_AGENT =
  "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36";

export interface StackOptions {
  /** Use this database; otherwise an embedded PostgreSQL under `dataDir`. */
  databaseUrl?: string;
  dataDir?: string;
  appPort?: number;
  devstorePort?: number;
  apiKey: string;
  apiSecret: string;
  /** Where the app's output goes; silent when omitted. */
  log?: (line: string) => void;
}

export interface Stack {
  appUrl: string;
  databaseUrl: string;
  devstore: Devstore;
  stop(): Promise<void>;
}

async function waitForHealthy(url: string, app: ChildProcess, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (app.exitCode !== null) throw new Error(`The app exited with code ${app.exitCode} before it was ready`);
    try {
      if ((await fetch(`${url}/healthz`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`The app did not answer ${url}/healthz within ${timeoutMs / 1000} s`);
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
      const { rows } = await client.query<{ waiting: string }>(
        "SELECT count(*) AS waiting FROM graphile_worker.jobs WHERE task_identifier = 'import-shop' AND attempts < max_attempts",
      );
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
  const log = options.log ?? (() => {});
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
    if (app && app.exitCode === null && app.signalCode === null) {
      app.kill("SIGTERM");
      await Promise.race([once(app, "exit"), new Promise((resolve) => setTimeout(resolve, 5000))]);
      if (app.exitCode === null && app.signalCode === null) app.kill("SIGKILL");
    }
    await devstore?.close();
    await embedded?.stop();
  };

  try {
    await migrateDatabase(databaseUrl, { quiet: true });
    const appPort = options.appPort ?? (await findFreePort());
    const appUrl = `http://127.0.0.1:${appPort}`;
    devstore = await startDevstore({ port: options.devstorePort ?? 0, appUrl, apiKey: options.apiKey, apiSecret: options.apiSecret });

    const root = path.resolve(import.meta.dirname, "..");
    app = spawn(
      process.execPath,
      ["--import", path.join(root, "devstore/redirect-shopify.mjs"), path.join(root, "node_modules/@remix-run/serve/dist/cli.js"), path.join(root, "build/server/index.js")],
      {
        cwd: root,
        stdio: ["ignore", "pipe", "pipe"],
        env: {
          ...process.env,
          NODE_ENV: "production",
          HOST: "127.0.0.1",
          PORT: String(appPort),
          DATABASE_URL: databaseUrl,
          SHOPIFY_API_KEY: options.apiKey,
          SHOPIFY_API_SECRET: options.apiSecret,
          SHOPIFY_APP_URL: appUrl,
          DEVSTORE_URL: devstore.url,
          APP_BRIDGE_URL: `${devstore.url}/cdn/app-bridge.js`,
        },
      },
    );
    for (const stream of [app.stdout, app.stderr]) {
      stream?.setEncoding("utf8");
      stream?.on("data", (chunk: string) => chunk.split("\n").filter(Boolean).forEach((line) => log(`[app] ${line}`)));
    }
    await waitForHealthy(appUrl, app, 60_000);
    const stack = { appUrl, databaseUrl, devstore };
    await installOnShops(stack);
    return { ...stack, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
