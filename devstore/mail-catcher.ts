import type { AddressInfo } from "node:net";
import { simpleParser } from "mailparser";
import nodemailer from "nodemailer";
import { SMTPServer } from "smtp-server";

// The devstore's mail: an SMTP sink that catches everything the app sends (the app's SMTP_URL
// points here), and a shopper's mail client that sends to the app's inbound SMTP server.

export interface CaughtMail {
  id: number;
  receivedAt: string;
  envelope: { from: string; to: string[] };
  from: string;
  to: string[];
  subject: string;
  messageId: string | null;
  inReplyTo: string | null;
  references: string[];
  text: string;
  headers: Record<string, string>;
  raw: string;
}

export interface ShopperMail {
  from: string;
  to: string;
  subject: string;
  text: string;
  html?: string;
  /** The Message-ID this answers, with or without angle brackets. */
  inReplyTo?: string;
  references?: string[];
  /** This mail's own Message-ID (without brackets); the mail library makes one when omitted. */
  messageId?: string;
  headers?: Record<string, string>;
  /** Files sent along; one with a `cid` is an inline part the HTML shows as `<img src="cid:…">`. */
  attachments?: Array<{ filename: string; content: Buffer; contentType: string; cid?: string }>;
}

export interface MailCatcher {
  smtpPort: number;
  messages(): CaughtMail[];
  /** Resolves with the first caught mail matching `test`, waiting up to `timeoutMs`. */
  waitFor(test: (mail: CaughtMail) => boolean, timeoutMs?: number): Promise<CaughtMail>;
  close(): Promise<void>;
}

const bracket = (id: string) => (id.startsWith("<") ? id : `<${id}>`);

export async function startMailCatcher(options: { port?: number } = {}): Promise<MailCatcher> {
  const caught: CaughtMail[] = [];
  const waiters = new Set<() => void>();
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["AUTH", "STARTTLS"],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", () => {
        const raw = Buffer.concat(chunks);
        simpleParser(raw)
          .then((mail) => {
            const addresses = (value: typeof mail.to) => (Array.isArray(value) ? value : value ? [value] : []).flatMap((entry) => entry.value.map((address) => address.address ?? ""));
            caught.push({
              id: caught.length + 1,
              receivedAt: new Date().toISOString(),
              envelope: { from: session.envelope.mailFrom ? session.envelope.mailFrom.address : "", to: session.envelope.rcptTo.map((rcpt) => rcpt.address) },
              from: mail.from?.text ?? "",
              to: addresses(mail.to),
              subject: mail.subject ?? "",
              messageId: mail.messageId ?? null,
              inReplyTo: mail.inReplyTo ?? null,
              references: Array.isArray(mail.references) ? mail.references : mail.references ? mail.references.split(/\s+/) : [],
              text: mail.text ?? "",
              headers: Object.fromEntries(mail.headerLines.map((line) => [line.key, line.line.slice(line.key.length + 1).trim()])),
              raw: raw.toString("utf8"),
            });
            for (const wake of waiters) wake();
            callback();
          })
          .catch((error: Error) => callback(error));
      });
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.server.once("error", reject);
    server.listen(options.port ?? 0, "127.0.0.1", () => resolve());
  });
  return {
    smtpPort: (server.server.address() as AddressInfo).port,
    messages: () => [...caught],
    waitFor(test, timeoutMs = 15_000) {
      return new Promise((resolve, reject) => {
        const check = () => {
          const found = caught.find(test);
          if (!found) return;
          cleanup();
          resolve(found);
        };
        const timer = setTimeout(() => {
          cleanup();
          reject(new Error(`No matching mail within ${timeoutMs} ms (caught ${caught.length})`));
        }, timeoutMs);
        const cleanup = () => {
          clearTimeout(timer);
          waiters.delete(check);
        };
        waiters.add(check);
        check();
      });
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** Sends mail as a shopper's provider would: straight to the app's inbound SMTP server. */
export async function sendShopperMail(target: { host: string; port: number }, mail: ShopperMail): Promise<string> {
  const transport = nodemailer.createTransport({ host: target.host, port: target.port, secure: false, ignoreTLS: true });
  try {
    const info = await transport.sendMail({
      from: mail.from,
      to: mail.to,
      subject: mail.subject,
      text: mail.text,
      ...(mail.html ? { html: mail.html } : {}),
      ...(mail.messageId ? { messageId: bracket(mail.messageId) } : {}),
      ...(mail.inReplyTo ? { inReplyTo: bracket(mail.inReplyTo), references: (mail.references ?? [mail.inReplyTo]).map(bracket) } : {}),
      headers: mail.headers,
      ...(mail.attachments ? { attachments: mail.attachments } : {}),
    });
    return info.messageId;
  } finally {
    transport.close();
  }
}
