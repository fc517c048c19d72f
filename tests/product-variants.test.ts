import { describe, expect, it } from "vitest";
import { listSiblingVariants, searchVariants } from "~/shopify/product-variants.server";
import { unauthenticated } from "~/shopify.server";
import { callRoute, embeddedRequest, useDevstore } from "./devstore";
import { loader as appLoader } from "~/routes/app";

const devstore = useDevstore();

async function adminFor(shop: string) {
  await callRoute(appLoader, embeddedRequest("/app", shop, await devstore.current.mintSessionToken(shop)));
  return (await unauthenticated.admin(shop)).admin;
}

describe("finding variants for an order edit", () => {
  it("searches the shop's variants by product title and lists a variant's other sizes", async () => {
    const shop = devstore.current.shops[0]!;
    const admin = await adminFor(shop);
    const product = devstore.current.state.shops.get(shop)!.products.find((candidate) => candidate.variants.length >= 2)!;
    const word = product.title.split(" ")[0]!;
    const found = await searchVariants(admin, word);
    expect(found.length).toBeGreaterThan(0);
    expect(found.some((variant) => variant.productTitle === product.title)).toBe(true);
    expect(found[0]).toMatchObject({ id: expect.stringMatching(/^gid:\/\/shopify\/ProductVariant\//), price: expect.any(String) });

    const siblings = await listSiblingVariants(admin, product.variants[0]!.id);
    expect(siblings.map((variant) => variant.id)).toEqual(product.variants.map((variant) => variant.id));
    expect(await searchVariants(admin, '  ":"  ')).toEqual([]);
  });
});
