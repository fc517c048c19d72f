import { describe, expect, it } from "vitest";
import prisma from "~/db.server";
import { loader as appLoader } from "~/routes/app";
import { action as returnAction } from "~/routes/app.tickets.$id.returns.$returnId";
import { loader as ordersLoader } from "~/routes/proxy.orders";
import { action as requestAction, loader as requestLoader } from "~/routes/proxy.orders_.$orderId.return";
import { receiveWebhook } from "~/services/receive-webhook.server";
import { refreshOrderMirror } from "~/services/refresh-order-mirror.server";
import { unauthenticated } from "~/shopify.server";
import type { AdminClient } from "~/shopify/admin-client.server";
import { parseGid, toGid } from "~/shopify/gid";
import { claimReturnRequest } from "~/models/return.server";
import { syncShopifyReturn } from "~/services/returns/sync-return.server";
import { approveReturnRequest, fetchReturnOptions, requestReturn } from "~/shopify/returns.server";
import { BROWSER_USER_AGENT } from "../scripts/app-process";
import { TEST_APP_URL } from "./config";
import { callRoute, embeddedRequest, useDevstore } from "./devstore";
import { proxied } from "./factories/app-proxy";
import { createTicket } from "./factories/records";
import { webhookRequest } from "./factories/webhook-request";
import { drainQueue } from "./queue";

// A shopper's return, from the storefront to the ticket and back, against a real database and
// the devstore's Admin GraphQL and app proxy signatures, through the app's own routes.

const devstore = useDevstore();
const installed = new Set<string>();

async function adminFor(shop: string): Promise<AdminClient> {
  if (!installed.has(shop)) {
    await callRoute(appLoader, embeddedRequest("/app", shop, await devstore.current.mintSessionToken(shop)));
    installed.add(shop);
  }
  return (await unauthenticated.admin(shop)).admin;
}

function shopState(shop: string) {
  return devstore.current.state.shops.get(shop)!;
}

/** A paid order of two lines, shipped today, mirrored with its customer; the customer's open ticket. */
async function shippedOrder(shop: string) {
  const admin = await adminFor(shop);
  const variants = shopState(shop)
    .products.filter((product) => !product.tags.some((tag) => /final/i.test(tag)))
    .slice(0, 2)
    .map((product) => ({ variant: product.variants[0]!.id, quantity: 2 }));
  const { order } = await devstore.current.events.create(shop, { variants });
  await devstore.current.events.fulfil(shop, order.id);
  const shopifyId = parseGid(order.customer!.id);
  const customer = await prisma.customer.upsert({
    where: { shopId_shopifyId: { shopId: shop, shopifyId } },
    create: { shopId: shop, shopifyId, email: order.customer!.email, language: "en" },
    update: {},
  });
  const mirrored = (await refreshOrderMirror({ shop, admin, orderGid: order.id }))!;
  const ticket = await createTicket(shop, { customerId: customer.id, subject: "Where is my parcel?" });
  return { admin, order, orderId: mirrored.id, customer, shopifyCustomerId: String(shopifyId), ticket };
}

const path = (orderId: string) => `orders/${orderId}/return`;

async function showForm(shop: string, orderId: string, signedInAs: string | undefined, locale = "en") {
  const response = (await requestLoader({ request: proxied(path(orderId), shop, { signedInAs, locale }), params: { orderId }, context: {} })) as Response;
  return { response, html: await response.text() };
}

/** The form as the shopper sends it: each line's quantity and reason, the resolution, a note and files. */
async function sendForm(shop: string, orderId: string, signedInAs: string, fields: Array<[string, string | Blob, string?]>) {
  const base = proxied(path(orderId), shop, { signedInAs, method: "POST" });
  const body = new FormData();
  for (const [name, value, filename] of fields) {
    if (typeof value === "string") body.append(name, value);
    else body.append(name, value, filename);
  }
  const request = new Request(base.url, { method: "POST", body, headers: { Accept: "text/html", "X-Forwarded-For": "203.0.113.7" } });
  const response = (await requestAction({ request, params: { orderId }, context: {} })) as Response;
  return { response, html: await response.text() };
}

const requestKeyOf = (html: string) => /name="requestKey" value="([^"]+)"/.exec(html)![1]!;
const reasonIdsOf = (html: string) => [...html.matchAll(/<option value="(gid:\/\/shopify\/ReturnReasonDefinition\/\d+)"/g)].map((match) => match[1]!);
/** A PNG's first bytes: enough to be recognised as an image. */
const PNG = new Blob([new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13])], { type: "image/png" });

async function agentDecides(shop: string, ticketId: string, returnId: string, change: Record<string, string>) {
  const request = new Request(`${TEST_APP_URL}/app/tickets/${ticketId}/returns/${returnId}`, {
    method: "POST",
    headers: { "User-Agent": BROWSER_USER_AGENT, Authorization: `Bearer ${await devstore.current.mintSessionToken(shop)}`, "Content-Type": "application/json" },
    body: JSON.stringify(change),
  });
  return (await callRoute((args) => returnAction({ ...args, params: { id: ticketId, returnId } }), request)).data as Response;
}

describe("a shopper's return request", () => {
  it("shows the signed-in shopper what each line can return and why, with the shop's reasons, in their language", async () => {
    const shop = devstore.current.shops[0]!;
    const { orderId, order, shopifyCustomerId } = await shippedOrder(shop);
    const { response, html } = await showForm(shop, orderId, shopifyCustomerId, "ja");
    expect(response.status).toBe(200);
    expect(html).toContain('<html lang="ja">');
    expect(html).toContain(`注文 ${order.name} の返品`);
    for (const line of order.lineItems) expect(html).toContain(`name="quantity:${line.id}"`);
    expect(reasonIdsOf(html).length).toBeGreaterThan(0);
    // Shopify's reason library, named in the shopper's language.
    expect(html).toContain(">不要になった</option>");
    expect(html).not.toContain(">Changed my mind</option>");
    expect(html).toContain('type="file" accept="image/*" multiple');
  });

  it("says why a line cannot be returned: final sale, or not shipped yet", async () => {
    const shop = devstore.current.shops[0]!;
    const admin = await adminFor(shop);
    const finalSale = shopState(shop).products.find((product) => product.tags.includes("final-sale"))!;
    const { order } = await devstore.current.events.create(shop, { variants: [{ variant: finalSale.variants[0]!.id, quantity: 1 }] });
    const shopifyId = parseGid(order.customer!.id);
    await prisma.customer.upsert({ where: { shopId_shopifyId: { shopId: shop, shopifyId } }, create: { shopId: shop, shopifyId, email: order.customer!.email }, update: {} });
    const mirrored = (await refreshOrderMirror({ shop, admin, orderGid: order.id }))!;
    const unshipped = await showForm(shop, mirrored.id, String(shopifyId));
    expect(unshipped.html).toContain("Final sale: this item cannot be returned.");
    expect(unshipped.html).toContain("Nothing in this order can be returned right now.");
    expect(unshipped.html).not.toContain("<form");
  });

  it("shows no order to a shopper who is not its customer, and asks one who is signed out to sign in", async () => {
    const shop = devstore.current.shops[0]!;
    const { orderId, order } = await shippedOrder(shop);
    const stranger = await showForm(shop, orderId, "999999999");
    expect(stranger.response.status).toBe(404);
    expect(stranger.html).not.toContain(order.name);
    const signedOut = await showForm(shop, orderId, undefined);
    expect(signedOut.html).toContain("account/login?return_url=");
    expect(signedOut.html).not.toContain(order.name);
    const forged = await requestLoader({ request: proxied(path(orderId), shop, { forgeSignedInAs: "1" }), params: { orderId }, context: {} }).catch((thrown: Response) => thrown);
    expect((forged as Response).status).toBe(400);
  });

  it("asks Shopify once for one of two lines, for store credit, onto the shopper's open ticket with the photo, and confirms it", async () => {
    const shop = devstore.current.shops[0]!;
    const { orderId, order, shopifyCustomerId, ticket } = await shippedOrder(shop);
    const form = await showForm(shop, orderId, shopifyCustomerId);
    const [line] = order.lineItems;
    const fields: Array<[string, string | Blob, string?]> = [
      ["requestKey", requestKeyOf(form.html)],
      [`quantity:${line!.id}`, "1"],
      [`reason:${line!.id}`, reasonIdsOf(form.html)[0]!],
      ["resolution", "store_credit"],
      ["note", "The lid is cracked."],
      ["photos", PNG, "lid.png"],
    ];
    const sent = await sendForm(shop, orderId, shopifyCustomerId, fields);
    expect(sent.response.status).toBe(200);
    expect(sent.html).toMatch(/Return #\d+-R1 requested/);

    const stored = await prisma.return.findFirstOrThrow({ where: { shopId: shop, orderId } });
    expect(stored).toMatchObject({ status: "REQUESTED", resolution: "store_credit", ticketId: ticket.id, customerNote: "The lid is cracked." });
    expect(stored.shopifyId).not.toBeNull();
    const message = await prisma.message.findFirstOrThrow({ where: { shopId: shop, id: stored.messageId! }, include: { attachments: true } });
    expect(message).toMatchObject({ ticketId: ticket.id, direction: "INBOUND", channel: "RETURNS_PORTAL", isSenderVerified: true });
    expect(message.attachments.map((attachment) => [attachment.filename, attachment.contentType])).toEqual([["lid.png", "image/png"]]);
    const reply = await prisma.message.findFirstOrThrow({ where: { shopId: shop, ticketId: ticket.id, direction: "OUTBOUND" } });
    expect(reply.text).toContain(stored.name!);
    const kinds = (await prisma.activity.findMany({ where: { shopId: shop, ticketId: ticket.id }, select: { kind: true } })).map((activity) => activity.kind);
    expect(kinds).toContain("return_requested");

    // The same form sent again (a double press, a reload) asks Shopify nothing more.
    const again = await sendForm(shop, orderId, shopifyCustomerId, fields);
    expect(again.html).toContain(stored.name!);
    expect(await prisma.return.count({ where: { shopId: shop, orderId } })).toBe(1);
    const inShopify = shopState(shop).orders.find((candidate) => candidate.id === order.id)!;
    expect(inShopify.returns.filter((returned) => returned.status !== "CANCELED")).toHaveLength(1);
  });

  it("refuses more than the line can return, and a file that is not an image, before Shopify is asked", async () => {
    const shop = devstore.current.shops[0]!;
    const { orderId, order, shopifyCustomerId } = await shippedOrder(shop);
    const form = await showForm(shop, orderId, shopifyCustomerId);
    const [line] = order.lineItems;
    const sent = await sendForm(shop, orderId, shopifyCustomerId, [
      ["requestKey", requestKeyOf(form.html)],
      [`quantity:${line!.id}`, "5"],
      [`reason:${line!.id}`, reasonIdsOf(form.html)[0]!],
      ["resolution", "refund"],
      ["photos", new Blob(["not a picture"], { type: "image/png" }), "fake.png"],
    ]);
    expect(sent.response.status).toBe(422);
    expect(sent.html).toContain('role="alert"');
    expect(sent.html).toContain("That many cannot be returned.");
    expect(sent.html).toContain("Photos must be images");
    expect(await prisma.return.count({ where: { shopId: shop, orderId } })).toBe(0);
  });
});

describe("an agent's decision on a return", () => {
  async function requested(shop: string) {
    const setup = await shippedOrder(shop);
    const form = await showForm(shop, setup.orderId, setup.shopifyCustomerId);
    const line = setup.order.lineItems[0]!;
    await sendForm(shop, setup.orderId, setup.shopifyCustomerId, [
      ["requestKey", requestKeyOf(form.html)],
      [`quantity:${line.id}`, "2"],
      [`reason:${line.id}`, reasonIdsOf(form.html)[0]!],
      ["resolution", "refund"],
    ]);
    const stored = await prisma.return.findFirstOrThrow({ where: { shopId: shop, orderId: setup.orderId } });
    return { ...setup, stored };
  }

  it("approves from the ticket: Shopify has it open, the timeline says so, the shopper is told and sees it on their orders", async () => {
    const shop = devstore.current.shops[0]!;
    const { ticket, stored, shopifyCustomerId, order } = await requested(shop);
    const response = await agentDecides(shop, ticket.id, stored.id, { type: "approve" });
    expect(response.status).toBe(200);
    expect(await prisma.return.findUniqueOrThrow({ where: { id: stored.id } })).toMatchObject({ status: "OPEN" });
    const inShopify = shopState(shop).orders.find((candidate) => candidate.id === order.id)!.returns[0]!;
    expect(inShopify.status).toBe("OPEN");
    const activity = await prisma.activity.findFirstOrThrow({ where: { shopId: shop, ticketId: ticket.id, kind: "return_status_changed" } });
    expect(activity).toMatchObject({ actorType: "staff", data: { status: "OPEN", from: "REQUESTED" } });
    const replies = await prisma.message.findMany({ where: { shopId: shop, ticketId: ticket.id, direction: "OUTBOUND" }, orderBy: { createdAt: "asc" } });
    expect(replies.at(-1)!.text).toContain("is approved");

    // Pressed twice: done once.
    expect((await agentDecides(shop, ticket.id, stored.id, { type: "approve" })).status).toBe(200);
    expect(await prisma.activity.count({ where: { shopId: shop, ticketId: ticket.id, kind: "return_status_changed" } })).toBe(1);

    const orders = await (await ordersLoader({ request: proxied("orders", shop, { signedInAs: shopifyCustomerId }), params: {}, context: {} }) as Response).text();
    expect(orders).toContain(`Return ${stored.name}: Approved`);
  });

  it("declines with Shopify's reason and a note the shopper reads", async () => {
    const shop = devstore.current.shops[0]!;
    const { ticket, stored } = await requested(shop);
    const response = await agentDecides(shop, ticket.id, stored.id, { type: "decline", reason: "RETURN_PERIOD_ENDED", note: "Ordered in March." });
    expect(response.status).toBe(200);
    expect(await prisma.return.findUniqueOrThrow({ where: { id: stored.id } })).toMatchObject({ status: "DECLINED", declineReason: "RETURN_PERIOD_ENDED", declineNote: "Ordered in March." });
    const reply = (await prisma.message.findMany({ where: { shopId: shop, ticketId: ticket.id, direction: "OUTBOUND" }, orderBy: { createdAt: "asc" } })).at(-1)!;
    expect(reply.text).toContain("the return period has ended");
    expect(reply.text).toContain("Ordered in March.");
    // A decided return is decided: approving it now is refused, and Shopify is not asked.
    expect((await agentDecides(shop, ticket.id, stored.id, { type: "approve" })).status).toBe(422);
  });

  it("finds no return of another shop, nor one on another ticket", async () => {
    const [shop, otherShop] = devstore.current.shops as [string, string];
    const { stored } = await requested(shop);
    const otherTicket = await createTicket(shop, { customerId: null, subject: "Unrelated" });
    expect((await agentDecides(shop, otherTicket.id, stored.id, { type: "approve" })).status).toBe(404);
    await adminFor(otherShop);
    const foreign = await createTicket(otherShop, { customerId: null, subject: "Other shop" });
    expect((await agentDecides(otherShop, foreign.id, stored.id, { type: "approve" })).status).toBe(404);
    expect(await prisma.return.findUniqueOrThrow({ where: { id: stored.id } })).toMatchObject({ status: "REQUESTED" });
  });

  it("follows staff approving it in Shopify admin (returns/approve), on the timeline, without mailing the shopper again", async () => {
    const shop = devstore.current.shops[0]!;
    const { admin, ticket, stored } = await requested(shop);
    const repliesBefore = await prisma.message.count({ where: { shopId: shop, ticketId: ticket.id, direction: "OUTBOUND" } });
    const gid = toGid("Return", stored.shopifyId!);
    expect((await approveReturnRequest(admin, gid)).ok).toBe(true);
    await receiveWebhook(webhookRequest({ shop, topic: "returns/approve", payload: { admin_graphql_api_id: gid, id: Number(stored.shopifyId), status: "open" } }));
    await drainQueue();
    expect(await prisma.return.findUniqueOrThrow({ where: { id: stored.id } })).toMatchObject({ status: "OPEN" });
    expect(await prisma.activity.findFirst({ where: { shopId: shop, ticketId: ticket.id, kind: "return_status_changed" } })).toMatchObject({ actorType: "system" });
    expect(await prisma.message.count({ where: { shopId: shop, ticketId: ticket.id, direction: "OUTBOUND" } })).toBe(repliesBefore);

    // An agent pressing Approve after the webhook wrote it: nothing asked of Shopify, but the shopper is told, once.
    expect((await agentDecides(shop, ticket.id, stored.id, { type: "approve" })).status).toBe(200);
    expect((await agentDecides(shop, ticket.id, stored.id, { type: "approve" })).status).toBe(200);
    const replies = await prisma.message.findMany({ where: { shopId: shop, ticketId: ticket.id, direction: "OUTBOUND" } });
    expect(replies).toHaveLength(repliesBefore + 1);
    expect(replies.filter((reply) => reply.text.includes("is approved"))).toHaveLength(1);
  });

  it("finishes a request whose answer from Shopify was lost, from the returns/request webhook", async () => {
    const shop = devstore.current.shops[0]!;
    const { admin, order, orderId, customer, ticket } = await shippedOrder(shop);
    const options = await fetchReturnOptions(admin, order.id, "en");
    const item = options.returnableFulfillments.nodes[0]!.returnableFulfillmentLineItems.nodes[0]!;
    const reason = options.returnReasonDefinitions.nodes.find((definition) => !definition.deleted)!;
    const line = { fulfillmentLineItemId: item.fulfillmentLineItem.id, lineItemId: item.fulfillmentLineItem.lineItem.id, title: "Kept by the claim", variantTitle: null, quantity: 1, reasonId: reason.id, reasonHandle: reason.handle, reasonName: reason.name, unitPrice: null, currencyCode: null };
    // The app claimed the request and asked Shopify; Shopify made it, but its answer never came back.
    const { request } = await claimReturnRequest(shop, { requestKey: `lost-${orderId}`, orderId, customerId: customer.id, resolution: "refund", lines: [line], customerNote: "Sent once" });
    const made = await requestReturn(admin, { orderId: order.id, returnLineItems: [{ fulfillmentLineItemId: line.fulfillmentLineItemId, quantity: 1, returnReasonDefinitionId: reason.id }] });
    if (!made.ok) throw new Error(JSON.stringify(made.userErrors));

    // Too soon: the request's own process may still be recording it (with the photos).
    await expect(syncShopifyReturn({ shop, admin, returnGid: made.return.id })).rejects.toThrow(/still being recorded/);
    await syncShopifyReturn({ shop, admin, returnGid: made.return.id, now: new Date(Date.now() + 3 * 60_000) });
    const adopted = await prisma.return.findUniqueOrThrow({ where: { id: request.id } });
    expect(adopted).toMatchObject({ shopifyId: parseGid(made.return.id), status: "REQUESTED", ticketId: ticket.id, resolution: "refund" });
    expect(await prisma.return.count({ where: { shopId: shop, orderId } })).toBe(1);
    expect(await prisma.message.findFirst({ where: { shopId: shop, ticketId: ticket.id, channel: "RETURNS_PORTAL" } })).toMatchObject({ isSenderVerified: true });
    expect(await prisma.message.count({ where: { shopId: shop, ticketId: ticket.id, direction: "OUTBOUND" } })).toBe(1);
  });
});
