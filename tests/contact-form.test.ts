import { describe, expect, it } from "vitest";
import prisma from "~/db.server";
import { action, loader } from "~/routes/proxy.contact";
import { CONTACT_LIMITS } from "~/services/contact-form.server";
import { signProxyParams } from "../devstore/app-proxy";
import { TEST_API_SECRET, TEST_APP_URL } from "./config";
import { createShop } from "./factories/records";

/** A request as Shopify's app proxy forwards it to /proxy/contact, signed with the app's secret. */
function proxied(shop: string, init: { method?: string; body?: URLSearchParams; locale?: string; ip?: string; accept?: string; tamper?: boolean } = {}) {
  const query = new URLSearchParams({ shop, logged_in_customer_id: "", path_prefix: "/apps/frontdesk", timestamp: String(Math.floor(Date.now() / 1000)) });
  if (init.locale) query.set("locale", init.locale);
  query.set("signature", signProxyParams(query, TEST_API_SECRET));
  if (init.tamper) query.set("shop", "someone-else.myshopify.com");
  return new Request(`${TEST_APP_URL}/proxy/contact?${query}`, {
    method: init.method ?? "GET",
    body: init.body,
    headers: { "X-Forwarded-For": init.ip ?? "203.0.113.7", Accept: init.accept ?? "text/html" },
  });
}

async function respond(handler: typeof action, request: Request): Promise<Response> {
  try {
    return (await handler({ request, params: {}, context: {} })) as Response;
  } catch (thrown) {
    if (thrown instanceof Response || (thrown as Response)?.status) return thrown as Response;
    throw thrown;
  }
}

const message = (fields: Record<string, string>) => new URLSearchParams({ name: "", order: "", ...fields });

describe("the storefront contact form", () => {
  it("shows an accessible form in the shopper's language", async () => {
    const { id: shop } = await createShop();
    const response = await respond(loader as typeof action, proxied(shop, { locale: "ja" }));
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain('<html lang="ja">');
    expect(html).toContain('<label for="contact-email">メールアドレス</label>');
    expect(html).toMatch(/<textarea id="contact-message" name="message"[^>]*required/);
  });

  it("opens a ticket in the contact form channel, linked to the customer and their order", async () => {
    const { id: shop } = await createShop();
    const response = await respond(
      action,
      proxied(shop, { method: "POST", accept: "application/json", body: message({ name: "Kanokwan", email: "Kanokwan@Example.com", order: "1042", message: "สินค้ายังไม่มาถึงค่ะ", locale: "th" }) }),
    );
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ ok: true, message: "ขอบคุณ! เราได้รับข้อความของคุณแล้ว และจะตอบกลับทางอีเมลเร็วๆ นี้" });
    const ticket = await prisma.ticket.findFirstOrThrow({ where: { shopId: shop }, include: { messages: true, customer: true } });
    expect(ticket).toMatchObject({ channel: "CONTACT_FORM", language: "th", subject: "#1042 สินค้ายังไม่มาถึงค่ะ" });
    expect(ticket.customer).toMatchObject({ email: "kanokwan@example.com", firstName: "Kanokwan" });
    expect(ticket.messages[0]).toMatchObject({ channel: "CONTACT_FORM", direction: "INBOUND", text: "สินค้ายังไม่มาถึงค่ะ\n\n#1042" });
  });

  it("refuses a request whose signature does not match, and stores nothing", async () => {
    const { id: shop } = await createShop();
    const response = await respond(action, proxied(shop, { method: "POST", tamper: true, body: message({ email: "a@example.com", message: "hi" }) }));
    expect(response.status).toBe(400);
    expect(await prisma.ticket.count({ where: { shopId: { in: [shop, "someone-else.myshopify.com"] } } })).toBe(0);
  });

  it("answers invalid input with the reason, and limits submissions per email and per IP", async () => {
    const { id: shop } = await createShop();
    const invalid = await respond(action, proxied(shop, { method: "POST", body: message({ email: "not-an-email", message: "" }) }));
    expect(invalid.status).toBe(422);
    expect(await invalid.text()).toContain('role="alert"');

    for (let index = 0; index < CONTACT_LIMITS.email; index++) {
      const ok = await respond(action, proxied(shop, { method: "POST", ip: `198.51.100.${index}`, body: message({ email: "eager@example.com", message: `Message ${index}` }) }));
      expect(ok.status).toBe(200);
    }
    const limited = await respond(action, proxied(shop, { method: "POST", ip: "198.51.100.99", body: message({ email: "eager@example.com", message: "Once more" }) }));
    expect(limited.status).toBe(429);

    for (let index = 0; index < CONTACT_LIMITS.ip; index++) {
      await respond(action, proxied(shop, { method: "POST", ip: "192.0.2.1", body: message({ email: `shopper${index}@example.com`, message: "Hi" }) }));
    }
    const fromSameIp = await respond(action, proxied(shop, { method: "POST", ip: "192.0.2.1", body: message({ email: "new@example.com", message: "Hi" }) }));
    expect(fromSameIp.status).toBe(429);
    expect(await prisma.message.count({ where: { shopId: shop } })).toBe(CONTACT_LIMITS.email + CONTACT_LIMITS.ip);
  });
});
