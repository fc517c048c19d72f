import { describe, expect, it } from "vitest";
import prisma from "~/db.server";
import { parseInboundEmail } from "~/email/inbound.server";
import { inboundAddressFor } from "~/models/shop.server";
import { loader as appLoader } from "~/routes/app";
import { action as inboxAction, loader as inboxLoader } from "~/routes/app._index";
import { loader as attachmentLoader } from "~/routes/app.attachments.$id";
import { action as ticketAction, loader as ticketLoader } from "~/routes/app.tickets.$id";
import { action as presenceAction } from "~/routes/app.tickets.$id.presence";
import { receiveInboundEmail } from "~/channels/email/receive-inbound-email.server";
import { BROWSER_USER_AGENT } from "../scripts/app-process";
import { TEST_APP_URL } from "./config";
import { bearerRequest, callRoute, embeddedRequest, postForm as post, useDevstore } from "./devstore";

const devstore = useDevstore();

async function install(shop: string) {
  await callRoute(appLoader, embeddedRequest("/app", shop, await devstore.current.mintSessionToken(shop)));
}

async function mailTo(shop: string, subject: string) {
  const raw = [`From: Owen Miller <owen@example.net>`, `To: ${inboundAddressFor(shop)}`, `Subject: ${subject}`, ``, `Hello from Owen`].join("\r\n");
  const result = await receiveInboundEmail(await parseInboundEmail(raw));
  if (result.outcome !== "created") throw new Error(JSON.stringify(result));
  return result.ticketId;
}

describe("one shop's agents and another shop's tickets", () => {
  it("cannot see, open, answer, close or assign them by any route", async () => {
    const [shopA, shopB] = devstore.current.shops as [string, string];
    await install(shopA);
    await install(shopB);
    const ticketA = await mailTo(shopA, "Private to A");
    await mailTo(shopB, "Private to B");
    const tokenB = await devstore.current.mintSessionToken(shopB);

    // The inbox of B lists only B's tickets, in every view.
    for (const view of ["open", "all", "unassigned"]) {
      const { data } = await callRoute(inboxLoader, bearerRequest(`/app?view=${view}`, tokenB));
      expect(data!.tickets.map((ticket) => ticket.subject)).not.toContain("Private to A");
      expect(data!.tickets.map((ticket) => ticket.subject)).toContain("Private to B");
    }

    // Opening A's ticket by id as B: not found.
    const opened = await callRoute((args) => ticketLoader({ ...args, params: { id: ticketA } }), bearerRequest(`/app/tickets/${ticketA}`, tokenB));
    expect(opened.response?.status).toBe(404);

    // Answering, noting or closing it as B changes nothing.
    const reply = await post(ticketAction, `/app/tickets/${ticketA}`, tokenB, { intent: "reply", text: "Sneaky", idempotencyKey: crypto.randomUUID() }, { id: ticketA });
    expect(reply.status).toBe(422);
    const close = await post(ticketAction, `/app/tickets/${ticketA}`, tokenB, { intent: "status", status: "CLOSED" }, { id: ticketA });
    expect(close.status).toBe(404);
    const bulk = await post(inboxAction, "/app", tokenB, { intent: "close", ids: ticketA });
    expect(await bulk.json()).toEqual({ updated: 0 });
    const assign = await post(inboxAction, "/app", tokenB, { intent: "assignToMe", ids: ticketA });
    expect(await assign.json()).toEqual({ updated: 0 });

    const untouched = await prisma.ticket.findUniqueOrThrow({ where: { id: ticketA }, include: { messages: true, activities: true } });
    expect(untouched).toMatchObject({ status: "OPEN", assigneeId: null });
    expect(untouched.messages).toHaveLength(1);
    expect(untouched.activities.map((activity) => activity.kind)).toEqual(["ticket_created"]);

    // Its attachment cannot be downloaded, nor its presence read or written, as B.
    const message = await prisma.message.findFirstOrThrow({ where: { ticketId: ticketA } });
    const attachment = await prisma.attachment.create({
      data: { shopId: shopA, messageId: message.id, filename: "レシート <script>.html", contentType: "text/html", size: 26, content: new Uint8Array(Buffer.from("<script>alert(1)</script>\n")) },
    });
    const stolen = await callRoute((args) => attachmentLoader({ ...args, params: { id: attachment.id } }), bearerRequest(`/app/attachments/${attachment.id}`, tokenB));
    expect(stolen.response?.status).toBe(404);
    const presence = await presenceAction({
      request: new Request(`${TEST_APP_URL}/app/tickets/${ticketA}/presence`, { method: "POST", headers: { "User-Agent": BROWSER_USER_AGENT, Authorization: `Bearer ${tokenB}` }, body: JSON.stringify({ typing: true }) }),
      params: { id: ticketA },
      context: {},
    });
    expect(presence.status).toBe(404);
    expect(await prisma.ticketPresence.count({ where: { ticketId: ticketA } })).toBe(0);

    // As A, the same ticket opens, and the attachment comes down as a file that never renders in the app.
    const tokenA = await devstore.current.mintSessionToken(shopA);
    const own = await callRoute((args) => ticketLoader({ ...args, params: { id: ticketA } }), bearerRequest(`/app/tickets/${ticketA}`, tokenA));
    expect(own.data!.ticket.subject).toBe("Private to A");
    const file = (await callRoute((args) => attachmentLoader({ ...args, params: { id: attachment.id } }), bearerRequest(`/app/attachments/${attachment.id}`, tokenA))).data as Response;
    expect(file.headers.get("content-type")).toBe("application/octet-stream");
    expect(file.headers.get("content-disposition")).toBe(`attachment; filename="____ <script>.html"; filename*=UTF-8''${encodeURIComponent("レシート <script>.html")}`);
    expect(file.headers.get("content-security-policy")).toContain("sandbox");
    expect(await file.text()).toBe("<script>alert(1)</script>\n");
  });
});
