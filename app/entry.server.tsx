import { PassThrough } from "node:stream";
import type { EntryContext } from "@remix-run/node";
import { createReadableStreamFromReadable } from "@remix-run/node";
import { RemixServer } from "@remix-run/react";
import { isbot } from "isbot";
import { renderToPipeableStream } from "react-dom/server";
import prisma, { pool } from "./db.server";
import { startInboundSmtpFromEnv, stopInboundSmtp } from "./email/smtp-server.server";
import { flushDeliveryApplies } from "./jobs/delivery-apply-scheduler.server";
import { startWorker, stopWorker } from "./jobs/worker.server";
import { addDocumentResponseHeaders } from "./shopify.server";

// server.mjs serves webhooks in front of Remix with the app's own receiver (docs/decisions/010).
export { receiveWebhook } from "./services/receive-webhook.server";

export const streamTimeout = 5000;

// Background jobs run beside the web server unless RUN_WORKER=false (docs/decisions/003).
startWorker();
// The inbox's MX, when INBOUND_SMTP_PORT is set.
startInboundSmtpFromEnv();

/**
 * Called by server.mjs on SIGTERM, once the HTTP server takes no more requests: stop taking mail
 * and jobs, let running jobs finish for at most `jobTimeoutMs`, queue the apply jobs of the
 * deliveries just stored, and release the database.
 */
export async function shutdown({ jobTimeoutMs }: { jobTimeoutMs: number }) {
  await stopInboundSmtp();
  await stopWorker(jobTimeoutMs);
  await flushDeliveryApplies();
  await prisma.$disconnect();
  await pool.end().catch(() => undefined);
}

export default async function handleRequest(
  request: Request,
  responseStatusCode: number,
  responseHeaders: Headers,
  remixContext: EntryContext,
) {
  addDocumentResponseHeaders(request, responseHeaders);
  const userAgent = request.headers.get("user-agent");
  const callbackName = isbot(userAgent ?? "") ? "onAllReady" : "onShellReady";

  return new Promise((resolve, reject) => {
    const { pipe, abort } = renderToPipeableStream(<RemixServer context={remixContext} url={request.url} />, {
      [callbackName]: () => {
        const body = new PassThrough();
        const stream = createReadableStreamFromReadable(body);
        responseHeaders.set("Content-Type", "text/html");
        resolve(new Response(stream, { headers: responseHeaders, status: responseStatusCode }));
        pipe(body);
      },
      onShellError(error) {
        reject(error);
      },
      onError(error) {
        responseStatusCode = 500;
        console.error(error);
      },
    });
    setTimeout(abort, streamTimeout + 1000);
  });
}
