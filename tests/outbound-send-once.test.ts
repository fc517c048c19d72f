import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import prisma from "~/db.server";
import { addTicketMessage } from "~/services/tickets/add-ticket-message.server";
import { sendEmailTask } from "~/jobs/tasks/send-email.server";
import { SendInProgressError, sendTicketMessage } from "~/channels/email/send-ticket-message.server";
import { testMailPort } from "./config";
import { createShop, createTicket } from "./factories/records";
import { startSlowSmtpServer, type SlowSmtpServer } from "./slow-smtp-server";

let smtp: SlowSmtpServer;

beforeAll(async () => {
  smtp = await startSlowSmtpServer({ port: testMailPort(), delayMs: 1500 });
});

afterAll(async () => {
  await smtp?.close();
});

describe("an agent's reply", () => {
  it("is sent once when two workers run its job at the same time (a takeover): the second finds the send record", async () => {
    const { id: shop } = await createShop();
    const customer = await prisma.customer.create({ data: { shopId: shop, email: "mei@example.jp", firstName: "Mei" } });
    const ticket = await createTicket(shop, { customerId: customer.id, fromEmail: "mei@example.jp" });
    const reply = await addTicketMessage({ shop, ticketId: ticket.id, staff: { id: 1n, name: "Aoi" }, kind: "reply", text: "On its way.", idempotencyKey: randomUUID() });

    const [first, second] = await Promise.allSettled([sendTicketMessage(shop, reply.id), sendTicketMessage(shop, reply.id)]);
    const outcomes = [first, second].map((result) => (result.status === "fulfilled" ? result.value : result.reason));
    expect(outcomes).toContain("sent");
    expect(outcomes.find((outcome) => outcome !== "sent")).toBeInstanceOf(SendInProgressError);
    expect(smtp.started()).toBe(1);
    // The job's retry finds it sent.
    expect(await sendTicketMessage(shop, reply.id)).toBe("already-sent");
    expect(smtp.started()).toBe(1);
    await prisma.$executeRaw`DELETE FROM graphile_worker._private_jobs WHERE key = ${`send-email:${reply.id}`}`;
  });

  it("can be sent by the retry at once after a send that failed", async () => {
    const { id: shop } = await createShop();
    const customer = await prisma.customer.create({ data: { shopId: shop, email: "ken@example.jp" } });
    const ticket = await createTicket(shop, { customerId: customer.id });
    const reply = await addTicketMessage({ shop, ticketId: ticket.id, staff: { id: 1n, name: "Aoi" }, kind: "reply", text: "Refund done.", idempotencyKey: randomUUID() });
    await smtp.close();
    await expect(sendTicketMessage(shop, reply.id)).rejects.toThrow();
    smtp = await startSlowSmtpServer({ port: testMailPort(), delayMs: 10 });
    expect(await sendTicketMessage(shop, reply.id)).toBe("sent");
    expect(smtp.started()).toBe(1);
    await prisma.$executeRaw`DELETE FROM graphile_worker._private_jobs WHERE key = ${`send-email:${reply.id}`}`;
  });

  it("is not sent in another shop's name, and a job queued before payloads named the shop still sends it", async () => {
    const { id: shop } = await createShop();
    const { id: otherShop } = await createShop();
    const customer = await prisma.customer.create({ data: { shopId: shop, email: "yui@example.jp" } });
    const ticket = await createTicket(shop, { customerId: customer.id });
    const reply = await addTicketMessage({ shop, ticketId: ticket.id, staff: { id: 1n, name: "Aoi" }, kind: "reply", text: "Shipped today.", idempotencyKey: randomUUID() });
    smtp = await restartSmtp();
    await expect(sendEmailTask({ shop: otherShop, messageId: reply.id }, {} as never)).rejects.toThrow(`No outbound message ${reply.id}`);
    expect(smtp.started()).toBe(0);
    await sendEmailTask({ messageId: reply.id }, {} as never);
    expect(smtp.started()).toBe(1);
    expect((await prisma.message.findUniqueOrThrow({ where: { id: reply.id } })).sentAt).not.toBeNull();
    await prisma.$executeRaw`DELETE FROM graphile_worker._private_jobs WHERE key = ${`send-email:${reply.id}`}`;
  });
});

async function restartSmtp() {
  await smtp.close();
  return startSlowSmtpServer({ port: testMailPort(), delayMs: 10 });
}
