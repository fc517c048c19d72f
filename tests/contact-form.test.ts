import { describe, expect, it, vi } from "vitest";
import prisma from "~/db.server";
import { action, loader } from "~/routes/proxy.contact";
import { CONTACT_LIMITS, clientAddress, parseTrustedProxyHops } from "~/channels/contact-form/submit-contact-form.server";
import { proxied as proxiedTo, respond, type ProxiedInit } from "./factories/app-proxy";
import { createShop } from "./factories/records";

/** A request to the contact form as Shopify's app proxy forwards it. */
const proxied = (shop: string, init: ProxiedInit = {}) => proxiedTo("contact", shop, init);

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
    const customer = await prisma.customer.create({ data: { shopId: shop, shopifyId: 9_100_001n, email: "kanokwan@example.com", firstName: "Kanokwan" } });
    const order = await prisma.order.create({ data: { shopId: shop, shopifyId: 9_200_001n, name: "#1042", customerId: customer.id, currencyCode: "THB", subtotal: "990.00", total: "990.00", shopifyCreatedAt: new Date(), shopifyUpdatedAt: new Date() } });
    const response = await respond(
      action,
      proxied(shop, { method: "POST", accept: "application/json", body: message({ name: "Kanokwan", email: "Kanokwan@Example.com", order: "1042", message: "สินค้ายังไม่มาถึงค่ะ", locale: "th" }) }),
    );
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ ok: true, message: "ขอบคุณ! เราได้รับข้อความของคุณแล้ว และจะตอบกลับทางอีเมลเร็วๆ นี้" });
    const ticket = await prisma.ticket.findFirstOrThrow({ where: { shopId: shop }, include: { messages: true, customer: true, orders: true } });
    expect(ticket).toMatchObject({ channel: "CONTACT_FORM", language: "th", subject: "#1042 สินค้ายังไม่มาถึงค่ะ", customerId: customer.id });
    expect(ticket.customer).toMatchObject({ email: "kanokwan@example.com", firstName: "Kanokwan", language: "th" });
    expect(ticket.messages[0]).toMatchObject({ channel: "CONTACT_FORM", direction: "INBOUND", text: "สินค้ายังไม่มาถึงค่ะ", authorEmail: "kanokwan@example.com" });
    expect(ticket.orders.map((link) => link.orderId)).toEqual([order.id]);
  });

  it("marks a signed-in shopper's message verified, on the customer Shopify signed in, and anyone else's unverified", async () => {
    const { id: shop } = await createShop();
    const customer = await prisma.customer.create({ data: { shopId: shop, shopifyId: 9_100_002n, email: "aiko@example.jp", firstName: "Aiko" } });
    // Signed in, writing from another address than the account's: still the account's customer.
    const signedIn = await respond(action, proxied(shop, { method: "POST", accept: "application/json", signedInAs: "9100002", body: message({ email: "aiko.work@example.jp", message: "サイズを交換したいです" }) }));
    expect(signedIn.status).toBe(200);
    // Signed out, typing the account's address: anyone could have.
    const signedOut = await respond(action, proxied(shop, { method: "POST", accept: "application/json", body: message({ email: "aiko@example.jp", message: "Please send my order to another address" }) }));
    expect(signedOut.status).toBe(200);

    const messages = await prisma.message.findMany({ where: { shopId: shop }, include: { ticket: true }, orderBy: { createdAt: "asc" } });
    expect(messages.map((stored) => [stored.authorEmail, stored.isSenderVerified, stored.ticket.customerId])).toEqual([
      ["aiko.work@example.jp", true, customer.id],
      ["aiko@example.jp", false, customer.id],
    ]);
  });

  it("refuses a signed-in customer id changed after Shopify signed the request", async () => {
    const { id: shop } = await createShop();
    await prisma.customer.create({ data: { shopId: shop, shopifyId: 9_100_003n, email: "victim@example.com" } });
    const forged = await respond(action, proxied(shop, { method: "POST", forgeSignedInAs: "9100003", body: message({ email: "attacker@example.com", message: "Change my address" }) }));
    expect(forged.status).toBe(400);
    expect(await prisma.message.count({ where: { shopId: shop } })).toBe(0);
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

  it("counts the address Shopify's proxy added, not one the shopper forged in front of it", async () => {
    // The report: 200 posts, each with a new email and a made-up X-Forwarded-For, opened 200 tickets.
    const { id: shop } = await createShop();
    const statuses: number[] = [];
    for (let index = 0; index < 200; index++) {
      const response = await respond(
        action,
        proxied(shop, { method: "POST", forwardedFor: `10.${index}.0.1, 198.51.100.77`, body: message({ email: `forger${index}@example.com`, message: "Hi" }) }),
      );
      statuses.push(response.status);
    }
    expect(statuses.filter((status) => status === 200)).toHaveLength(CONTACT_LIMITS.ip);
    expect(statuses.slice(CONTACT_LIMITS.ip).every((status) => status === 429)).toBe(true);
    expect(await prisma.ticket.count({ where: { shopId: shop } })).toBe(CONTACT_LIMITS.ip);
  }, 60_000);

  it("limits an IPv6 shopper by their /64, which one host can pick addresses from at will", async () => {
    const { id: shop } = await createShop();
    for (let index = 0; index < CONTACT_LIMITS.ip; index++) {
      const ok = await respond(action, proxied(shop, { method: "POST", ip: `2001:db8:7:9::${(index + 1).toString(16)}`, body: message({ email: `v6-${index}@example.com`, message: "Hi" }) }));
      expect(ok.status).toBe(200);
    }
    const sameNetwork = await respond(action, proxied(shop, { method: "POST", ip: "2001:DB8:7:9:aaaa:bbbb:cccc:dddd", body: message({ email: "v6-new@example.com", message: "Hi" }) }));
    expect(sameNetwork.status).toBe(429);
    const otherNetwork = await respond(action, proxied(shop, { method: "POST", ip: "2001:db8:7:a::1", body: message({ email: "v6-other@example.com", message: "Hi" }) }));
    expect(otherNetwork.status).toBe(200);
  });

  it("holds a per-shop ceiling whatever the addresses say, refusing in the shopper's language with Retry-After", async () => {
    const { id: shop } = await createShop();
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    try {
      for (let index = 0; index < CONTACT_LIMITS.shop; index++) {
        const ok = await respond(
          action,
          proxied(shop, { method: "POST", ip: `198.18.${index >> 8}.${index & 255}`, body: message({ email: `crowd${index}@example.com`, message: `Message ${index}` }) }),
        );
        expect(ok.status).toBe(200);
      }
      for (const attempt of [1, 2]) {
        const refused = await respond(
          action,
          proxied(shop, { method: "POST", accept: "application/json", ip: `192.0.2.${attempt}`, body: message({ email: `late${attempt}@example.com`, message: "Hello", locale: "ja" }) }),
        );
        expect(refused.status).toBe(429);
        expect(Number(refused.headers.get("Retry-After"))).toBeGreaterThan(3000);
        expect(Number(refused.headers.get("Retry-After"))).toBeLessThanOrEqual(3600);
        expect(await refused.json()).toEqual({ ok: false, message: "ただいまお問い合わせが集中しています。しばらくしてから再度お試しいただくか、メールでご連絡ください。" });
      }
      expect(await prisma.ticket.count({ where: { shopId: shop } })).toBe(CONTACT_LIMITS.shop);
      // The operator hears of it once, not once per refused post.
      expect(warn.mock.calls.filter(([line]) => String(line).includes(shop))).toHaveLength(1);
    } finally {
      warn.mockRestore();
    }

    // Another shop's form is not held by this one's ceiling.
    const { id: otherShop } = await createShop();
    const elsewhere = await respond(action, proxied(otherShop, { method: "POST", ip: "192.0.2.1", body: message({ email: "late1@example.com", message: "Hello" }) }));
    expect(elsewhere.status).toBe(200);
  }, 60_000);
});

describe("the shopper's address, from the X-Forwarded-For the app received", () => {
  it("is the entry Shopify's proxy added (the last) when nothing of ours stands in between", () => {
    expect(clientAddress("203.0.113.7", 0)).toBe("203.0.113.7");
    expect(clientAddress("6.6.6.6, 7.7.7.7,203.0.113.7", 0)).toBe("203.0.113.7");
  });

  it("is counted from the right past each proxy the operator declares (TRUSTED_PROXY_HOPS)", () => {
    expect(clientAddress("6.6.6.6, 203.0.113.7, 10.0.0.2", 1)).toBe("203.0.113.7");
    expect(clientAddress("203.0.113.7, 10.0.0.2, 10.0.0.3", 2)).toBe("203.0.113.7");
  });

  it("is unknown when the header has fewer entries than the declared proxies add, or is not an address there", () => {
    expect(clientAddress("203.0.113.7", 1)).toBeNull();
    expect(clientAddress(null, 0)).toBeNull();
    expect(clientAddress("", 0)).toBeNull();
    expect(clientAddress("203.0.113.7, unknown", 0)).toBeNull();
  });

  it("drops a port, brackets and the IPv4-mapped IPv6 form", () => {
    expect(clientAddress("203.0.113.7:51234", 0)).toBe("203.0.113.7");
    expect(clientAddress("[2001:DB8::1]:443", 0)).toBe("2001:db8::1");
    expect(clientAddress("::ffff:203.0.113.7", 0)).toBe("203.0.113.7");
  });

  it("reads TRUSTED_PROXY_HOPS as a small whole number, refusing anything else at start", () => {
    expect(parseTrustedProxyHops(undefined)).toBe(0);
    expect(parseTrustedProxyHops("")).toBe(0);
    expect(parseTrustedProxyHops("1")).toBe(1);
    for (const bad of ["-1", "one", "1.5", "11"]) expect(() => parseTrustedProxyHops(bad)).toThrow(/TRUSTED_PROXY_HOPS is invalid/);
  });
});
