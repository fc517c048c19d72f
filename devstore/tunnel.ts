import { createServer, request as forward, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";

// The devstore's counterpart of the tunnel `shopify app dev` opens in front of a developer's app:
// one public URL (the app's SHOPIFY_APP_URL) that Shopify admin frames and webhooks and the app
// proxy are sent to, forwarding every request unchanged to where the app really listens.
//
// One thing differs, because the devstore's admin cannot have Shopify admin's origin: an embedded
// app only lets `https://admin.shopify.com` frame it (Content-Security-Policy frame-ancestors),
// so wherever the app's answer names that origin, the tunnel names the devstore's admin beside it.
// An answer without it stays unframeable, exactly as it would be in Shopify admin.

export const SHOPIFY_ADMIN_ORIGIN = "https://admin.shopify.com";

export interface Tunnel {
  url: string;
  close(): Promise<void>;
}

/** Adds `adminOrigin` to a CSP's frame-ancestors when, and only when, it lets Shopify admin frame the page. */
export function admitDevstoreAdmin(policy: string, adminOrigin: string): string {
  return policy
    .split(";")
    .map((directive) => {
      const [name, ...sources] = directive.trim().split(/\s+/);
      if (name?.toLowerCase() !== "frame-ancestors" || !sources.includes(SHOPIFY_ADMIN_ORIGIN)) return directive;
      return ` ${[name, ...sources, adminOrigin].join(" ")}`;
    })
    .join(";")
    .trim();
}

export async function startTunnel(options: { upstream: string; adminOrigin: string; port?: number }): Promise<Tunnel> {
  const upstream = new URL(options.upstream);
  const server: Server = createServer((incoming, outgoing) => {
    const proxied = forward(
      {
        host: upstream.hostname,
        port: upstream.port,
        method: incoming.method,
        path: incoming.url,
        headers: incoming.headers,
      },
      (answer: IncomingMessage) => {
        const headers = { ...answer.headers };
        const policy = headers["content-security-policy"];
        if (typeof policy === "string") headers["content-security-policy"] = admitDevstoreAdmin(policy, options.adminOrigin);
        outgoing.writeHead(answer.statusCode ?? 502, answer.statusMessage, headers);
        answer.pipe(outgoing);
      },
    );
    proxied.on("error", (error) => {
      if (outgoing.headersSent) return outgoing.destroy(error);
      outgoing.writeHead(502, { "Content-Type": "text/plain; charset=utf-8" });
      outgoing.end(`The tunnel could not reach the app at ${upstream.origin}: ${error.message}`);
    });
    incoming.pipe(proxied);
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, "127.0.0.1", () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
