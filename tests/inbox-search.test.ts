import { describe, expect, it } from "vitest";
import prisma from "~/db.server";
import { parseInboundEmail } from "~/email/inbound.server";
import { countAwaitingReply, listInboxTickets, searchTicketIds } from "~/models/inbox.server";
import { inboundAddressFor } from "~/models/shop.server";
import { receiveInboundEmail } from "~/channels/email/receive-inbound-email.server";
import { createShop } from "./factories/records";

async function mail(shop: string, from: string, subject: string, body: string) {
  const raw = [`From: ${from}`, `To: ${inboundAddressFor(shop)}`, `Subject: ${subject}`, `Content-Type: text/plain; charset=utf-8`, ``, body].join("\r\n");
  const result = await receiveInboundEmail(await parseInboundEmail(raw));
  if (result.outcome !== "created") throw new Error(JSON.stringify(result));
  return result.ticketId;
}

describe("searching tickets", () => {
  it("finds Japanese, Thai and English words inside subjects and messages, names, emails and order numbers, in one shop only", async () => {
    const { id: shop } = await createShop();
    const { id: other } = await createShop();
    const customer = await prisma.customer.create({ data: { shopId: shop, email: "sakura.sato@example.org", firstName: "さくら", lastName: "佐藤" } });
    await prisma.order.create({
      data: {
        shopId: shop, shopifyId: 5001n, customerId: customer.id, name: "#1042", currencyCode: "JPY", subtotal: "3000", totalTax: "0", totalShipping: "0", total: "3000", totalRefunded: "0",
        lineItems: [], fulfillments: [], refunds: [], tags: [], shopifyCreatedAt: new Date(), shopifyUpdatedAt: new Date(),
      },
    });
    const japanese = await mail(shop, "佐藤 さくら <sakura.sato@example.org>", "配送について", "注文#1042の湯呑みが割れていました。交換できますか？");
    const thai = await mail(shop, "kanokwan@example.com", "สอบถาม", "สินค้ายังไม่มาถึงค่ะ ช่วยตรวจสอบให้หน่อย");
    const english = await mail(shop, "Owen Miller <owen@example.net>", "Wrong size", "The flannel shirt is too small.");
    const elsewhere = await mail(other, "sakura.sato@example.org", "割れていました", "湯呑みが割れていました");

    expect(await searchTicketIds(shop, "割れていました")).toEqual([japanese]);
    expect(await searchTicketIds(shop, "湯呑み")).toEqual([japanese]);
    expect(await searchTicketIds(shop, "ยังไม่มาถึง")).toEqual([thai]);
    expect(await searchTicketIds(shop, "FLANNEL")).toEqual([english]);
    expect(await searchTicketIds(shop, "佐藤")).toEqual([japanese]);
    expect(await searchTicketIds(shop, "owen@example")).toEqual([english]);
    expect(await searchTicketIds(shop, "#1042")).toEqual([japanese]);
    expect(await searchTicketIds(shop, "100%_")).toEqual([]);
    expect(await searchTicketIds(other, "湯呑み")).toEqual([elsewhere]);
    // The order named in the mail was linked to the ticket.
    expect(await prisma.ticketOrder.count({ where: { ticketId: japanese } })).toBe(1);

    // The inbox's filters: language, channel, linked orders, with search.
    const ids = async (query: Partial<Parameters<typeof listInboxTickets>[1]>) =>
      (await listInboxTickets(shop, { view: "all", staffId: null, ...query })).tickets.map((ticket) => ticket.id).sort();
    expect(await ids({ language: "th" })).toEqual([thai]);
    expect(await ids({ hasOrder: true })).toEqual([japanese]);
    expect(await ids({ channel: "CONTACT_FORM" })).toEqual([]);
    expect(await ids({ channel: "EMAIL" })).toEqual([japanese, thai, english].sort());
    expect(await ids({ search: "size", language: "ja" })).toEqual([]);
    expect(await countAwaitingReply(shop)).toBe(3);
  });
});
