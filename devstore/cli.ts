/**
 * The devstore on its own: `npx tsx devstore/cli.ts`. Reads PORT (default 4321), APP_URL
 * (default http://127.0.0.1:3000), SHOPIFY_API_KEY and SHOPIFY_API_SECRET.
 */
import { startDevstore } from "./index.ts";

const devstore = await startDevstore({
  port: process.env.PORT ? Number(process.env.PORT) : 4321,
  appUrl: process.env.APP_URL || "http://127.0.0.1:3000",
  apiKey: process.env.SHOPIFY_API_KEY || "frontdesk-dev-api-key",
  apiSecret: process.env.SHOPIFY_API_SECRET || "frontdesk-dev-api-secret",
});

console.log(`Devstore: ${devstore.url}`);
for (const shop of devstore.shops) {
  console.log(`  ${shop}\n    admin:      ${devstore.adminUrl(shop)}\n    storefront: ${devstore.storefrontUrl(shop)}`);
}
console.log(`Point the app at it with DEVSTORE_URL=${devstore.url} node --import ./devstore/redirect-shopify.mjs …`);

let stopping = false;
async function stop(signal: string) {
  if (stopping) return;
  stopping = true;
  console.log(`${signal}: stopping the devstore`);
  await devstore.close();
  process.exit(0);
}
process.on("SIGINT", () => void stop("SIGINT"));
process.on("SIGTERM", () => void stop("SIGTERM"));
