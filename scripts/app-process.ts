import { spawn, type ChildProcess } from "node:child_process";
import { once } from "node:events";
import path from "node:path";

/** A normal desktop Chrome: the app answers 410 to user agents that look like bots. */
export const BROWSER_USER_AGENT =
  "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36";

export async function waitForHealthy(url: string, app: ChildProcess, timeoutMs: number) {
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

/**
 * Starts the built app (`npm run build`) as its own process on 127.0.0.1, as production runs it
 * (`npm start`: server.mjs); with DEVSTORE_URL in `env`, its Shopify traffic goes to the devstore.
 */
export function spawnApp(options: { port: number; publicUrl?: string; databaseUrl: string; apiKey: string; apiSecret: string; env?: Record<string, string>; log: (line: string) => void }): ChildProcess {
  const root = path.resolve(import.meta.dirname, "..");
  const preload = options.env?.DEVSTORE_URL ? ["--import", path.join(root, "devstore/redirect-shopify.mjs")] : [];
  const app = spawn(
    process.execPath,
    [...preload, path.join(root, "server.mjs")],
    {
      cwd: root,
      stdio: ["ignore", "pipe", "pipe"],
      env: {
        ...process.env,
        NODE_ENV: "production",
        HOST: "127.0.0.1",
        PORT: String(options.port),
        DATABASE_URL: options.databaseUrl,
        SHOPIFY_API_KEY: options.apiKey,
        SHOPIFY_API_SECRET: options.apiSecret,
        SHOPIFY_APP_URL: options.publicUrl ?? `http://127.0.0.1:${options.port}`,
        // The app process runs its own job worker unless told otherwise (the benchmarks measure both).
        RUN_WORKER: "true",
        ...options.env,
      },
    },
  );
  for (const stream of [app.stdout, app.stderr]) {
    stream?.setEncoding("utf8");
    stream?.on("data", (chunk: string) => chunk.split("\n").filter(Boolean).forEach((line) => options.log(`[app] ${line}`)));
  }
  return app;
}

/** Stops a child process: SIGTERM, then SIGKILL if it has not exited within 5 s. */
export async function stopProcess(child: ChildProcess) {
  if (child.exitCode !== null || child.signalCode !== null) return;
  child.kill("SIGTERM");
  await Promise.race([once(child, "exit"), new Promise((resolve) => setTimeout(resolve, 5000))]);
  if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
}
