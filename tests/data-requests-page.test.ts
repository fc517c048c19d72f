import { randomInt, randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { loader as appLoader } from "~/routes/app";
import { loader as downloadLoader } from "~/routes/app.settings.data-requests.$id.download";
import { loader as dataRequestsLoader } from "~/routes/app.settings.data-requests._index";
import { loader as settingsLoader } from "~/routes/app.settings._index";
import { receiveWebhook } from "~/services/receive-webhook.server";
import { bearerRequest, callRoute, embeddedRequest, useDevstore } from "./devstore";
import { webhookRequest } from "./factories/webhook-request";
import { complianceCustomerPayload } from "./fixtures/webhook-payloads";
import { drainQueue } from "./queue";

const devstore = useDevstore();

async function install(shop: string) {
  await callRoute(appLoader, embeddedRequest("/app", shop, await devstore.current.mintSessionToken(shop)));
}

/** Shopify's customers/data_request for the shop; returns Shopify's request id. */
async function requestData(shop: string, customer: { id: number; email: string }) {
  const requestId = randomInt(1, 2 ** 47);
  const payload = complianceCustomerPayload("customers/data_request", shop, customer, []);
  payload.data_request = { id: requestId };
  expect((await receiveWebhook(webhookRequest({ shop, topic: "customers/data_request", payload }))).status).toBe(200);
  return String(requestId);
}

async function listAs(token: string) {
  const { data } = await callRoute(dataRequestsLoader, bearerRequest("/app/settings/data-requests", token));
  return data!.requests;
}

async function download(token: string, id: string) {
  const { data, response } = await callRoute((args) => downloadLoader({ ...args, params: { id } }), bearerRequest(`/app/settings/data-requests/${id}/download`, token));
  return (data as Response | undefined) ?? response!;
}

describe("Settings → Data requests", () => {
  it("lists only the shop's own requests with their 30-day deadline, and downloads only its own exports", async () => {
    const [shopA, shopB] = devstore.current.shops as [string, string];
    await install(shopA);
    await install(shopB);
    const fumi = await requestData(shopA, { id: 8701, email: "fumi@example.jp" });
    const gus = await requestData(shopB, { id: 8702, email: "gus@example.com" });
    await drainQueue();
    const tokenA = await devstore.current.mintSessionToken(shopA);
    const tokenB = await devstore.current.mintSessionToken(shopB);

    const listedA = await listAs(tokenA);
    expect(listedA.map((request) => request.shopifyRequestId)).toContain(fumi);
    expect(listedA.map((request) => request.shopifyRequestId)).not.toContain(gus);
    expect((await listAs(tokenB)).map((request) => request.shopifyRequestId)).not.toContain(fumi);
    const row = listedA.find((request) => request.shopifyRequestId === fumi)!;
    expect(row).toMatchObject({ customerEmail: "fumi@example.jp", customerShopifyId: "8701", state: "open", daysLeft: 30, downloadedAt: null });
    expect(Math.abs(Date.parse(row.requestedAt) - Date.now())).toBeLessThan(60_000);
    expect(Date.parse(row.dueAt) - Date.parse(row.requestedAt)).toBe(30 * 86_400_000);
    const waiting = (await callRoute(settingsLoader, bearerRequest("/app/settings", tokenA))).data!.dataRequestsNotDownloaded;
    expect(waiting).toBeGreaterThanOrEqual(1);

    // Another shop's request, an id that names none, and no id at all: not found, and not marked downloaded.
    const gusId = (await listAs(tokenB)).find((request) => request.shopifyRequestId === gus)!.id;
    for (const id of [gusId, randomUUID(), "not-a-uuid"]) expect((await download(tokenA, id)).status, id).toBe(404);
    expect((await listAs(tokenB)).find((request) => request.id === gusId)).toMatchObject({ state: "open", downloadedAt: null });

    const file = await download(tokenA, row.id);
    expect(file.status).toBe(200);
    expect(file.headers.get("content-disposition")).toBe(`attachment; filename="customer-data-request-${fumi}.json"`);
    expect(file.headers.get("content-type")).toBe("application/json; charset=utf-8");
    expect(file.headers.get("cache-control")).toContain("no-store");
    const exported = JSON.parse(await file.text()) as { shop: string; orders: unknown[]; tickets: unknown[] };
    expect(exported).toMatchObject({ shop: shopA, orders: [], tickets: [] });

    const after = (await listAs(tokenA)).find((request) => request.id === row.id)!;
    expect(after).toMatchObject({ state: "downloaded", downloadedAt: expect.any(String) });
    expect((await callRoute(settingsLoader, bearerRequest("/app/settings", tokenA))).data!.dataRequestsNotDownloaded).toBe(waiting - 1);
    // Downloading again keeps when it was first handed over.
    await download(tokenA, row.id);
    expect((await listAs(tokenA)).find((request) => request.id === row.id)!.downloadedAt).toBe(after.downloadedAt);
  });
});
