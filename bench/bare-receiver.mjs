// The least a webhook receiver can do, for the webhooks benchmark's floor: Node's HTTP server,
// the HMAC checked with node:crypto, one INSERT of the delivery, 200. No framework, no session
// lookup, no validation. Whatever this reaches is the most any receiver reaches on this machine.
import { createHmac, timingSafeEqual } from "node:crypto";
import { createServer } from "node:http";
import pg from "pg";

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 16 });
const secret = process.env.SHOPIFY_API_SECRET;

createServer((request, response) => {
  const chunks = [];
  request.on("data", (chunk) => chunks.push(chunk));
  request.on("end", async () => {
    const body = Buffer.concat(chunks);
    const given = Buffer.from(String(request.headers["x-shopify-hmac-sha256"] ?? ""), "base64");
    const expected = createHmac("sha256", secret).update(body).digest();
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
      response.writeHead(401).end();
      return;
    }
    const eventId = String(request.headers["x-shopify-event-id"]);
    try {
      await pool.query(
        `INSERT INTO "WebhookDelivery" ("shopId", topic, "webhookId", "eventId", "dedupeKey", "triggeredAt", "apiVersion", payload)
         VALUES ($1, $2, $3, $4, $4, now(), $5, $6::jsonb) ON CONFLICT DO NOTHING`,
        [request.headers["x-shopify-shop-domain"], request.headers["x-shopify-topic"], request.headers["x-shopify-webhook-id"], eventId, request.headers["x-shopify-api-version"], body.toString("utf8")],
      );
      response.writeHead(200).end();
    } catch {
      response.writeHead(503).end();
    }
  });
}).listen(Number(process.env.PORT), "127.0.0.1", () => process.send?.("ready"));
