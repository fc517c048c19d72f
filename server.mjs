/**
 * Frontdesk's HTTP server (`npm start`, and `npm run dev` with Vite in middleware mode): Remix's
 * request handler behind Express, as Remix's custom-server set-up has it, with the webhook
 * receiver in front of it. Webhooks arrive in bursts and must be answered within Shopify's 5 s;
 * the receiver (app/services/receive-webhook.server.ts, reached through the server build)
 * verifies and stores each one without Remix's per-request work (docs/decisions/010).
 *
 * On SIGTERM it stops taking requests, lets running jobs finish (bounded), releases the
 * database and exits 0, as a container platform expects.
 */
import http from "node:http";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { createRequestHandler } from "@remix-run/express";
import compression from "compression";
import express from "express";

const root = path.dirname(fileURLToPath(import.meta.url));
// `node server.mjs --dev` (npm run dev) serves the app from its sources through Vite.
const isDevelopment = process.argv.includes("--dev");
process.env.NODE_ENV ??= isDevelopment ? "development" : "production";
const port = Number(process.env.PORT || 3000);
const host = process.env.HOST || (isDevelopment ? "127.0.0.1" : "0.0.0.0");
/** Running jobs may finish for this long after SIGTERM; platforms usually allow 30 s in all. */
const JOB_SHUTDOWN_MS = Number(process.env.SHUTDOWN_JOB_TIMEOUT_MS || 20_000);
/** Larger than any webhook Shopify sends; a bigger body is refused before it is read. */
const MAX_WEBHOOK_BYTES = 20 * 1024 * 1024;

const vite = isDevelopment
  ? await import("vite").then((module) => module.createServer({ server: { middlewareMode: true } }))
  : undefined;
const loadBuild = vite
  ? () => vite.ssrLoadModule("virtual:remix/server-build")
  : await import(path.join(root, "build/server/index.js")).then((build) => () => build);

const app = express();
app.disable("x-powered-by");
app.use(compression());
if (vite) {
  app.use(vite.middlewares);
} else {
  // Vite fingerprints its assets, so they may be cached for a year.
  app.use("/assets", express.static(path.join(root, "build/client/assets"), { immutable: true, maxAge: "1y" }));
  app.use(express.static(path.join(root, "build/client"), { maxAge: "1h" }));
}
app.all("*", vite ? (req, res, next) => loadBuild().then((build) => createRequestHandler({ build })(req, res, next)).catch(next) : createRequestHandler({ build: await loadBuild() }));

/** Reads the body of a webhook request as text, or null when it is larger than any webhook. */
function readBody(req) {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers["content-length"] ?? 0);
    if (declared > MAX_WEBHOOK_BYTES) return resolve(null);
    const chunks = [];
    let size = 0;
    req.on("data", (chunk) => {
      size += chunk.length;
      if (size <= MAX_WEBHOOK_BYTES) chunks.push(chunk);
    });
    req.on("end", () => resolve(size > MAX_WEBHOOK_BYTES ? null : Buffer.concat(chunks).toString("utf8")));
    req.on("error", reject);
  });
}

async function handleWebhook(req, res) {
  const rawBody = await readBody(req);
  if (rawBody === null) {
    res.writeHead(413, { "Content-Type": "text/plain" }).end("Larger than any Shopify webhook.");
    return;
  }
  // Shopify's own headers are all the receiver reads; the library canonicalises each header it is given, at each lookup.
  const headers = new Headers();
  for (let index = 0; index < req.rawHeaders.length; index += 2) {
    const name = req.rawHeaders[index];
    if (name.length > 10 && name.slice(0, 10).toLowerCase() === "x-shopify-") headers.append(name, req.rawHeaders[index + 1]);
  }
  const build = await loadBuild();
  const answer = await build.entry.module.receiveWebhook({ method: req.method, url: `http://${req.headers.host ?? "localhost"}${req.url}`, headers, rawBody });
  res.writeHead(answer.status, { "Content-Type": "text/plain", ...answer.headers }).end(answer.body ?? "");
}

const server = http.createServer((req, res) => {
  if (req.url?.startsWith("/webhooks/")) {
    handleWebhook(req, res).catch((error) => {
      console.error("Webhook receiver failed:", error);
      if (!res.headersSent) res.writeHead(500).end();
    });
    return;
  }
  app(req, res);
});
// Shopify waits 5 s for an answer; a slow sender must not hold a socket for longer than that.
server.requestTimeout = 30_000;
server.headersTimeout = 10_000;
server.listen(port, host, () => console.log(`[frontdesk] http://${host}:${port}`));

let stopping = false;
async function stop(signal) {
  if (stopping) {
    console.log(`[frontdesk] ${signal} again: exiting now`);
    process.exit(1);
  }
  stopping = true;
  console.log(`[frontdesk] ${signal}: finishing requests and jobs, then exiting`);
  const deadline = setTimeout(() => {
    console.error("[frontdesk] shutdown took too long; exiting");
    process.exit(1);
  }, JOB_SHUTDOWN_MS + 10_000);
  deadline.unref();
  // Requests in flight get a moment to finish; idle keep-alive sockets are closed now.
  const closed = new Promise((resolve) => server.close(resolve));
  server.closeIdleConnections();
  await Promise.race([closed, new Promise((resolve) => setTimeout(resolve, 3_000))]);
  server.closeAllConnections();
  try {
    await (await loadBuild()).entry.module.shutdown({ jobTimeoutMs: JOB_SHUTDOWN_MS });
    await vite?.close();
  } catch (error) {
    console.error("[frontdesk] shutdown:", error);
  }
  console.log("[frontdesk] stopped");
  process.exit(0);
}
process.on("SIGTERM", () => void stop("SIGTERM"));
process.on("SIGINT", () => void stop("SIGINT"));
