import { SignJWT } from "jose";
import { describe, expect, it } from "vitest";
import prisma from "~/db.server";
import { loader as appLoader } from "~/routes/app";
import { TEST_API_KEY } from "./config";
import { bearerRequest, callRoute, embeddedRequest, useDevstore } from "./devstore";

const devstore = useDevstore();

async function forgedToken(shop: string) {
  const now = Math.floor(Date.now() / 1000);
  return new SignJWT({ iss: `https://${shop}/admin`, dest: `https://${shop}`, aud: TEST_API_KEY, sub: "1", sid: "forged" })
    .setProtectedHeader({ alg: "HS256" })
    .setIssuedAt(now)
    .setNotBefore(now)
    .setExpirationTime(now + 60)
    .sign(new TextEncoder().encode("someone-elses-secret"));
}

describe("embedded admin authentication", () => {
  it("installs through token exchange on the first load and keeps an expiring offline token", async () => {
    const shop = devstore.current.shops[0]!;
    const token = await devstore.current.mintSessionToken(shop);
    const { data, response } = await callRoute(appLoader, embeddedRequest("/app", shop, token, "ja"));
    expect(response?.status).toBeUndefined();
    expect(data).toMatchObject({ locale: "ja" });

    const session = await prisma.session.findFirst({ where: { shop, isOnline: false } });
    expect(session?.accessToken).toBeTruthy();
    expect(session?.refreshToken).toBeTruthy();
    expect(session?.refreshTokenExpires?.getTime()).toBeGreaterThan(Date.now());
    expect(session?.expires?.getTime()).toBeGreaterThan(Date.now());
    expect(await prisma.shop.findUnique({ where: { id: shop } })).toMatchObject({ id: shop, uninstalledAt: null });
  });

  it("refuses a session token signed with another secret with 401", async () => {
    const shop = devstore.current.shops[0]!;
    const { response } = await callRoute(appLoader, bearerRequest("/app", await forgedToken(shop)));
    expect(response?.status).toBe(401);
  });

  it("remembers the admin's language for data requests that carry none", async () => {
    const shop = devstore.current.shops[1]!;
    const token = await devstore.current.mintSessionToken(shop);
    await callRoute(appLoader, embeddedRequest("/app", shop, token, "th"));
    const { data } = await callRoute(appLoader, bearerRequest("/app", await devstore.current.mintSessionToken(shop)));
    expect(data).toMatchObject({ locale: "th" });
  });
});
