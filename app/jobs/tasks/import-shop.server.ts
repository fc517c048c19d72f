import type { Task } from "graphile-worker";
import { z } from "zod";
import { importShop } from "~/services/import-shop.server";
import { unauthenticated } from "~/shopify.server";

const Payload = z.object({ shop: z.string().min(1) });

/** Imports a shop's customers and recent orders through the Admin API (on install). */
export const importShopTask: Task = async (payload) => {
  const { shop } = Payload.parse(payload);
  const { admin } = await unauthenticated.admin(shop);
  await importShop({ shop, admin });
};
