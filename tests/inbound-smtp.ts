import nodemailer, { type Transporter } from "nodemailer";
import { afterAll, beforeAll } from "vitest";
import { startInboundSmtpServer, type InboundSmtpServer } from "~/email/smtp-server.server";

/**
 * Starts the inbox's SMTP server on a free port for the test file, and an SMTP client that
 * speaks to it as a shopper's mail provider would; both stop after the file's tests.
 */
export function useInboundSmtp(): { transport: () => Transporter; server: () => InboundSmtpServer } {
  let server: InboundSmtpServer;
  let transport: Transporter;
  beforeAll(async () => {
    server = await startInboundSmtpServer({ port: 0, host: "127.0.0.1", log: () => {} });
    transport = nodemailer.createTransport({ host: "127.0.0.1", port: server.port, secure: false, ignoreTLS: true });
  });
  afterAll(async () => {
    transport?.close();
    await server?.close();
  });
  return { transport: () => transport, server: () => server };
}
