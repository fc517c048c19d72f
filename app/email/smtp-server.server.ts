import type { AddressInfo } from "node:net";
import { SMTPServer, type SMTPServerDataStream } from "smtp-server";
import { env } from "~/env.server";
import { findShopByInboundAddress } from "~/models/shop.server";
import { receiveInboundEmail } from "~/channels/email/receive-inbound-email.server";
import { MAX_MESSAGE_BYTES, parseInboundEmail } from "./inbound.server";

/** An SMTP error the sending server turns into a bounce for the sender, with this code. */
function smtpError(message: string, responseCode: number): Error {
  return Object.assign(new Error(message), { responseCode });
}

async function readMessage(stream: SMTPServerDataStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

declare global {
  var frontdeskSmtp: Promise<InboundSmtpServer> | undefined;
}

/** Starts the inbound SMTP server once per process when INBOUND_SMTP_PORT is set. */
export function startInboundSmtpFromEnv() {
  if (env.INBOUND_SMTP_PORT === undefined || globalThis.frontdeskSmtp) return;
  globalThis.frontdeskSmtp = startInboundSmtpServer({ port: env.INBOUND_SMTP_PORT, host: env.INBOUND_SMTP_HOST });
  globalThis.frontdeskSmtp.then(
    (server) => console.log(`[smtp] inbound mail on ${env.INBOUND_SMTP_HOST}:${server.port} for *@${env.INBOUND_EMAIL_DOMAIN}`),
    (error: Error) => console.error(`[smtp] could not listen on ${env.INBOUND_SMTP_HOST}:${env.INBOUND_SMTP_PORT}: ${error.message}`),
  );
}

/** Closes the inbound SMTP server, if this process runs one: a session in progress may finish. */
export async function stopInboundSmtp() {
  const starting = globalThis.frontdeskSmtp;
  globalThis.frontdeskSmtp = undefined;
  const server = await starting?.catch(() => undefined);
  await server?.close();
}

export interface InboundSmtpServer {
  port: number;
  close(): Promise<void>;
}

/**
 * The inbox's MX: an SMTP server that accepts mail for the shops' inbound addresses and nothing
 * else (550 at RCPT TO, so the sender's server bounces it), refuses a message over 25 MB (552, a
 * bounce for the sender), and stores each message as a ticket message before answering 250.
 */
export async function startInboundSmtpServer(options: { port: number; host: string; log?: (line: string) => void }): Promise<InboundSmtpServer> {
  const log = options.log ?? ((line: string) => console.log(`[smtp] ${line}`));
  const server = new SMTPServer({
    name: "frontdesk",
    banner: "Frontdesk inbound mail",
    authOptional: true,
    disabledCommands: ["AUTH"],
    hideSTARTTLS: true,
    size: MAX_MESSAGE_BYTES,
    logger: false,
    onRcptTo(address, _session, callback) {
      findShopByInboundAddress(address.address)
        .then((shop) => callback(shop ? undefined : smtpError(`No mailbox here for ${address.address}`, 550)))
        .catch((error: Error) => callback(smtpError(`Try again later: ${error.message}`, 451)));
    },
    onData(stream, session, callback) {
      readMessage(stream)
        .then(async (raw) => {
          if (stream.sizeExceeded) throw smtpError(`The message is larger than ${MAX_MESSAGE_BYTES / 1024 / 1024} MB`, 552);
          const email = await parseInboundEmail(raw, session.envelope.rcptTo.map((recipient) => recipient.address));
          const result = await receiveInboundEmail(email);
          log(`${email.messageId ?? "(no Message-ID)"} from ${email.from?.address ?? "?"}: ${result.outcome}${"reason" in result ? ` (${result.reason})` : ""}`);
          if (result.outcome === "rejected") throw smtpError(result.reason, 550);
          callback();
        })
        .catch((error: Error & { responseCode?: number }) => {
          // Anything but our own refusals is a failure to store: 451 makes the sender retry later.
          if (!error.responseCode) log(`could not store a message: ${error.message}`);
          callback(error.responseCode ? error : smtpError("The message could not be stored; try again later", 451));
        });
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.server.once("error", reject);
    server.listen(options.port, options.host, () => resolve());
  });
  return {
    port: (server.server.address() as AddressInfo).port,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
