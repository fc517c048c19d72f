import { describe, expect, it } from "vitest";
import prisma from "~/db.server";
import { updateReturnsPolicy } from "~/models/shop.server";
import { loader as appLoader } from "~/routes/app";
import { action as settingsAction, loader as settingsLoader } from "~/routes/app.settings._index";
import { getStaffDisplayName } from "~/models/staff-member.server";
import { parseShopSettings } from "~/schemas/shop-settings";
import { bearerRequest, callRoute, embeddedRequest, postForm, useDevstore } from "./devstore";

const devstore = useDevstore();

describe("Settings", () => {
  it("keeps an agent's name and the shop's reply targets and signature, and refuses a target that is not a number of hours", async () => {
    const shop = devstore.current.shops[0]!;
    const token = await devstore.current.mintSessionToken(shop);
    await callRoute(appLoader, embeddedRequest("/app", shop, token));
    const staffId = BigInt(JSON.parse(Buffer.from(token.split(".")[1]!, "base64url").toString()).sub);

    expect((await postForm(settingsAction, "/app/settings", token, { intent: "profile", displayName: "  Aoi Nakamura " })).status).toBe(200);
    expect(await getStaffDisplayName(shop, staffId)).toBe("Aoi Nakamura");

    const replies = { intent: "replies", signature: "The Maple & Moss team", URGENT: "0.5", HIGH: "2", NORMAL: "12", LOW: "72" };
    expect((await postForm(settingsAction, "/app/settings", token, replies)).status).toBe(200);
    const stored = parseShopSettings((await prisma.shop.findUniqueOrThrow({ where: { id: shop } })).settings);
    expect(stored).toMatchObject({ signature: "The Maple & Moss team", slaHours: { URGENT: 0.5, HIGH: 2, NORMAL: 12, LOW: 72 } });
    // Each page saves its own parts: the replies keep a returns policy stored meanwhile, and a cleared signature is gone.
    await updateReturnsPolicy(shop, { ...stored.returns, windowDays: 14 });
    expect((await postForm(settingsAction, "/app/settings", token, { ...replies, signature: " " })).status).toBe(200);
    const raw = (await prisma.shop.findUniqueOrThrow({ where: { id: shop } })).settings as Record<string, unknown>;
    expect(Object.keys(raw).sort()).toEqual(["returns", "slaHours"]);
    expect(parseShopSettings(raw).returns.windowDays).toBe(14);
    expect((await postForm(settingsAction, "/app/settings", token, replies)).status).toBe(200);

    const refused = await postForm(settingsAction, "/app/settings", token, { ...replies, URGENT: "soon" });
    expect(refused.status).toBe(422);
    expect(await refused.json()).toMatchObject({ errors: { URGENT: [expect.any(String)] } });

    const { data } = await callRoute(settingsLoader, bearerRequest("/app/settings", token));
    expect(data).toMatchObject({ displayName: "Aoi Nakamura", settings: { signature: "The Maple & Moss team", slaHours: { URGENT: 0.5 } } });
  });
});
