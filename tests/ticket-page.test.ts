import { describe, expect, it } from "vitest";
import prisma from "~/db.server";
import { parseInboundEmail } from "~/email/inbound.server";
import { inboundAddressFor } from "~/models/shop.server";
import { loader as appLoader } from "~/routes/app";
import { action as ticketAction, loader as ticketLoader } from "~/routes/app.tickets.$id";
import { receiveInboundEmail } from "~/channels/email/receive-inbound-email.server";
import { bearerRequest, callRoute, embeddedRequest, postForm, useDevstore } from "./devstore";

// The ticket page's loader and action as the admin's title bar and "Open in Shopify" use them.

const devstore = useDevstore();

async function openTicket(subject: string) {
  const shop = devstore.current.shops[0]!;
  await callRoute(appLoader, embeddedRequest("/app", shop, await devstore.current.mintSessionToken(shop)));
  const raw = [`From: Rosa Diaz <rosa.${Date.now()}@example.net>`, `To: ${inboundAddressFor(shop)}`, `Subject: ${subject}`, ``, `Where is my parcel?`].join("\r\n");
  const result = await receiveInboundEmail(await parseInboundEmail(raw));
  if (result.outcome !== "created") throw new Error(JSON.stringify(result));
  return { shop, ticketId: result.ticketId, token: await devstore.current.mintSessionToken(shop) };
}

describe("the ticket page", () => {
  it("gives the customer's Shopify id for their admin page, and none for a customer Shopify does not know", async () => {
    const { ticketId, token } = await openTicket("Open in Shopify");
    const load = () => callRoute((args) => ticketLoader({ ...args, params: { id: ticketId } }), bearerRequest(`/app/tickets/${ticketId}`, token));
    expect((await load()).data!.customer).toMatchObject({ shopifyId: null, name: "Rosa Diaz" });

    const { customerId } = await prisma.ticket.findUniqueOrThrow({ where: { id: ticketId } });
    await prisma.customer.update({ where: { id: customerId! }, data: { shopifyId: 7_305_000_001n } });
    expect((await load()).data!.customer).toMatchObject({ shopifyId: "7305000001" });
  });

  it("marks a ticket pending once when the title bar's action arrives twice at the same time", async () => {
    const { ticketId, token } = await openTicket("Pressed twice");
    const press = () => postForm(ticketAction, `/app/tickets/${ticketId}`, token, { intent: "status", status: "PENDING" }, { id: ticketId });
    const answers = await Promise.all([press(), press()]);
    expect(answers.map((answer) => answer.status)).toEqual([200, 200]);
    expect(await prisma.ticket.findUniqueOrThrow({ where: { id: ticketId } })).toMatchObject({ status: "PENDING" });
    const changes = await prisma.activity.findMany({ where: { ticketId, kind: "status_changed" }, select: { data: true, actorType: true } });
    expect(changes).toEqual([{ actorType: "staff", data: expect.objectContaining({ from: "OPEN", to: "PENDING" }) }]);

    // And again later: nothing more to change, nothing more written.
    expect((await press()).status).toBe(200);
    expect(await prisma.activity.count({ where: { ticketId, kind: "status_changed" } })).toBe(1);
  });
});
