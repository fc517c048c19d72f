/**
 * `npm run demo`: the whole product on embedded defaults. Honours PORT, SHOPIFY_API_KEY,
 * SHOPIFY_API_SECRET and DATABASE_URL; Ctrl-C stops everything it started.
 */
import { exitOnDatabaseStartError } from "./embedded-postgres.ts";
import { startStack } from "./stack.ts";

const stack = await startStack({
  apiKey: process.env.SHOPIFY_API_KEY || "frontdesk-dev-api-key",
  apiSecret: process.env.SHOPIFY_API_SECRET || "frontdesk-dev-api-secret",
  databaseUrl: process.env.DATABASE_URL,
  appPort: process.env.PORT ? Number(process.env.PORT) : undefined,
  devstorePort: process.env.DEVSTORE_PORT ? Number(process.env.DEVSTORE_PORT) : undefined,
  log: process.env.DEMO_VERBOSE ? (line) => console.error(line) : undefined,
  // As a process supervisor would: the app is started again when it dies, and the demo says so.
  announce: (line) => console.log(line),
  // 300 conversations across both shops, in English, Japanese and Thai.
  seedConversationsPerShop: 150,
}).catch(exitOnDatabaseStartError);

const [firstShop] = stack.devstore.shops;
console.log(`App: ${stack.appUrl}`);
console.log(`Admin: ${stack.devstore.adminUrl(firstShop!)}`);
console.log(`Storefront: ${stack.devstore.storefrontUrl(firstShop!)}`);
console.log(`Mail: ${stack.devstore.url}/mail`);
console.log(`Shops: ${stack.devstore.shops.join(", ")}`);
console.log("Press Ctrl-C to stop.");

let stopping = false;
async function shutdown() {
  if (stopping) return;
  stopping = true;
  const timer = setTimeout(() => process.exit(1), 15_000);
  await stack.stop();
  clearTimeout(timer);
  process.exit(0);
}
process.on("SIGINT", shutdown);
process.on("SIGTERM", shutdown);
process.on("SIGHUP", shutdown);
