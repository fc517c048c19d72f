import type { ChildProcess } from "node:child_process";
import { once } from "node:events";
import pg from "pg";
import { startDevstore, type Devstore } from "../devstore/index.ts";
import { findFreePort, startEmbeddedPostgres, type EmbeddedDatabase } from "./embedded-postgres.ts";
import { BROWSER_USER_AGENT, spawnApp, stopProcess } from "./app-process.ts";
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
  /** Where the supervisor says that the app died and is restarted, or is given up on; silent when omitted. */
  announce?: (line: string) => void;
  /** How the supervisor restarts the app when it dies; RESTART_POLICY by default. */
  restartPolicy?: RestartPolicy;
}

/** How a process supervisor restarts the app (systemd's Restart=on-failure with a start limit, in small). */
export interface RestartPolicy {
  /** Wait before the first restart; doubled for each further crash in a row. */
  firstDelayMs: number;
  maxDelayMs: number;
  /** A process that ran this long before dying was healthy: its crash starts a new count. */
  stableAfterMs: number;
  /** After this many crashes in a row, each within `stableAfterMs` of starting, stop restarting. */
  maxCrashesInRow: number;
}

export const RESTART_POLICY: RestartPolicy = { firstDelayMs: 250, maxDelayMs: 8000, stableAfterMs: 30_000, maxCrashesInRow: 5 };

/**
 * What the supervisor does when the app dies after running `ranMs`, `crashesBefore` crashes in a
 * row having come just before: restart after `restartInMs`, or give up (null).
 */
export function afterCrash(policy: RestartPolicy, crashesBefore: number, ranMs: number): { crashesInRow: number; restartInMs: number | null } {
  const crashesInRow = ranMs >= policy.stableAfterMs ? 1 : crashesBefore + 1;
  if (crashesInRow >= policy.maxCrashesInRow) return { crashesInRow, restartInMs: null };
  return { crashesInRow, restartInMs: Math.min(policy.firstDelayMs * 2 ** (crashesInRow - 1), policy.maxDelayMs) };
}

export interface Stack {
  appUrl: string;
  databaseUrl: string;
  devstore: Devstore;
  /** Stops the app process with `signal` (SIGKILL: no chance to finish anything), then starts it again. */
  restartApp(signal?: NodeJS.Signals): Promise<void>;
  /** The app process's id now (it changes when the supervisor restarts it). */
  appPid(): number | undefined;
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

/** Waits until the app answers /healthz; fails as soon as its process has exited, by a code or a signal. */
async function waitForApp(url: string, child: ChildProcess, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) throw new Error(`The app exited (${child.signalCode ?? `code ${child.exitCode}`}) before it was ready`);
    try {
      if ((await fetch(`${url}/healthz`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`The app did not answer ${url}/healthz within ${timeoutMs / 1000} s`);
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
  // The supervisor: once the stack is up, an app process that exits unasked is started again.
  const policy = options.restartPolicy ?? RESTART_POLICY;
  const announce = options.announce ?? (() => {});
  const asked = new WeakSet<ChildProcess>();
  let supervising = false;
  let stopping = false;
  let crashesInRow = 0;
  let restartTimer: NodeJS.Timeout | undefined;
  const stop = async () => {
    stopping = true;
    clearTimeout(restartTimer);
    if (app) {
      asked.add(app);
      await stopProcess(app);
    }
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

    const onExit = (child: ChildProcess, startedAt: number, code: number | null, signal: NodeJS.Signals | null) => {
      if (!supervising || stopping || asked.has(child)) return;
      const ranMs = Date.now() - startedAt;
      const how = signal ? `was killed (${signal})` : `exited with code ${code}`;
      const next = afterCrash(policy, crashesInRow, ranMs);
      crashesInRow = next.crashesInRow;
      if (next.restartInMs === null) {
        announce(
          `The app ${how} ${crashesInRow} times in a row, each within ${policy.stableAfterMs / 1000} s of starting: not restarting it again. ` +
            `The devstore and the database stay up; Ctrl-C stops them. The app's last lines:\n${recent.slice(-15).join("\n")}`,
        );
        return;
      }
      announce(`The app ${how} after ${(ranMs / 1000).toFixed(1)} s; restarting it in ${(next.restartInMs / 1000).toFixed(2)} s (crash ${crashesInRow} in a row; giving up at ${policy.maxCrashesInRow}).`);
      restartTimer = setTimeout(() => void relaunch(), next.restartInMs);
    };

    const spawnSupervised = () => {
      const child = spawnApp({
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
      const startedAt = Date.now();
      child.once("exit", (code, signal) => onExit(child, startedAt, code, signal));
      app = child;
      return child;
    };
    const launch = async () => {
      await waitForApp(appUrl, spawnSupervised(), 60_000);
    };
    const relaunch = async () => {
      restartTimer = undefined;
      if (stopping) return;
      const child = spawnSupervised();
      try {
        await waitForApp(appUrl, child, 60_000);
        announce(`The app is answering again (pid ${child.pid}).`);
      } catch {
        // Died while starting: its exit counts as a crash like any other. Hung: killing it makes it one.
        if (child.exitCode === null && child.signalCode === null && !asked.has(child)) child.kill("SIGKILL");
      }
    };

    await launch();
    const stack = { appUrl: devstore.appUrl, databaseUrl, devstore };
    await installOnShops(stack);
    if (options.seedConversationsPerShop) await seedConversations(devstore, { perShop: options.seedConversationsPerShop, domain: INBOUND_EMAIL_DOMAIN });
    const restartApp = async (signal: NodeJS.Signals = "SIGTERM") => {
      clearTimeout(restartTimer);
      restartTimer = undefined;
      const running = app!;
      asked.add(running);
      if (running.exitCode === null && running.signalCode === null) {
        const exited = once(running, "exit");
        running.kill(signal);
        await exited;
      }
      await launch();
    };
    supervising = true;
    return { ...stack, restartApp, appPid: () => app?.pid, stop };
  } catch (error) {
    await stop();
    throw new Error(`${(error as Error).message}\n--- the app's last lines ---\n${recent.join("\n")}`, { cause: error });
  }
}
