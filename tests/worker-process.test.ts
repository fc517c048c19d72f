import { randomUUID } from "node:crypto";
import { once } from "node:events";
import type { ChildProcess } from "node:child_process";
import { afterEach, describe, expect, it } from "vitest";
import prisma from "~/db.server";
import { addTicketMessage } from "~/services/tickets/add-ticket-message.server";
import { findFreePort } from "../scripts/embedded-postgres";
import { spawnApp, stopProcess, waitForHealthy } from "../scripts/app-process";
import { TEST_API_KEY, TEST_API_SECRET } from "./config";
import { createShop, createTicket } from "./factories/records";
import { startSlowSmtpServer, type SlowSmtpServer } from "./slow-smtp-server";

// The built app in a process of its own, with its job worker, sending an agent's reply through an
// SMTP server that answers slowly: the job outlives the dead-worker check, and SIGTERM arrives
// while it runs.

let app: ChildProcess | undefined;
let smtp: SlowSmtpServer | undefined;
const output: string[] = [];

afterEach(async () => {
  if (app) await stopProcess(app);
  await smtp?.close();
  app = undefined;
  smtp = undefined;
});

async function startAppWithSlowSmtp(delayMs: number) {
  output.length = 0;
  // The app's worker takes every job of this database: jobs earlier test files left (imports of
  // the devstore's shops, which this process cannot reach) would hold its slots and fill its log.
  await prisma.$executeRaw`DELETE FROM graphile_worker._private_jobs`;
  smtp = await startSlowSmtpServer({ port: 0, delayMs });
  const port = await findFreePort();
  app = spawnApp({
    port,
    databaseUrl: process.env.DATABASE_URL!,
    apiKey: TEST_API_KEY,
    apiSecret: TEST_API_SECRET,
    env: { SMTP_URL: `smtp://127.0.0.1:${smtp.port}` },
    log: (line) => output.push(line),
  });
  await waitForHealthy(`http://127.0.0.1:${port}`, app, 60_000);
  return app;
}

async function queueReply(text: string) {
  const { id: shop } = await createShop();
  const customer = await prisma.customer.create({ data: { shopId: shop, email: `${randomUUID().slice(0, 8)}@example.com` } });
  const ticket = await createTicket(shop, { customerId: customer.id });
  return addTicketMessage({ shop, ticketId: ticket.id, staff: { id: 1n, name: "Aoi" }, kind: "reply", text, idempotencyKey: randomUUID() });
}

async function waitUntilSent(messageId: string, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const message = await prisma.message.findUniqueOrThrow({ where: { id: messageId } });
    if (message.sentAt) return message.sentAt;
    if (Date.now() > deadline) throw new Error(`Not sent within ${timeoutMs} ms:\n${output.slice(-20).join("\n")}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

describe("a job that runs longer than the dead-worker check", () => {
  it("runs once: an agent's reply through an SMTP server that takes 40 s reaches the customer once", async () => {
    await startAppWithSlowSmtp(40_000);
    const reply = await queueReply("Your parcel left today.");
    await waitUntilSent(reply.id, 70_000);
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    expect(smtp!.started()).toBe(1);
    expect(smtp!.completed()).toBe(1);
    // The job ran once: no second run that found the send record and gave up.
    expect(output.filter((line) => line.includes("(send-email"))).toEqual([expect.stringContaining("with success")]);
  }, 100_000);
});

describe("SIGTERM", () => {
  it("lets the running job finish, then the app exits 0 and holds no job", async () => {
    const process = await startAppWithSlowSmtp(4_000);
    const reply = await queueReply("Refund sent.");
    for (let waited = 0; smtp!.started() === 0 && waited < 20_000; waited += 100) await new Promise((resolve) => setTimeout(resolve, 100));
    expect(smtp!.started()).toBe(1);
    const stopped = Date.now();
    process.kill("SIGTERM");
    const [code] = (await once(process, "exit")) as [number | null];
    expect(code).toBe(0);
    expect(Date.now() - stopped).toBeLessThan(20_000);
    expect(smtp!.completed()).toBe(1);
    expect((await prisma.message.findUniqueOrThrow({ where: { id: reply.id } })).sentAt).not.toBeNull();
    const jobs = await prisma.$queryRaw<unknown[]>`SELECT locked_by, attempts, last_error, run_at FROM graphile_worker.jobs WHERE key = ${`send-email:${reply.id}`}`;
    expect(jobs, output.slice(-15).join("\n")).toEqual([]);
  }, 60_000);
});
