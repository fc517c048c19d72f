import type { LoaderFunctionArgs } from "@remix-run/node";
import { downloadDataRequest } from "~/services/data-requests/download-data-request.server";
import { authenticate } from "~/shopify.server";

/**
 * The JSON export of one of the shop's data requests, from Settings → Data requests. Always a
 * download, never rendered in the app's origin: it holds what customers wrote.
 */
export const loader = async ({ request, params }: LoaderFunctionArgs) => {
  const { session } = await authenticate.admin(request);
  const result = await downloadDataRequest({ shop: session.shop, id: params.id ?? "" });
  if (!result.ok) throw new Response("Data request not found", { status: 404 });
  return new Response(result.body, {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Length": String(Buffer.byteLength(result.body)),
      "Content-Disposition": `attachment; filename="${result.filename}"`,
      "X-Content-Type-Options": "nosniff",
      "Content-Security-Policy": "sandbox; default-src 'none'",
      "Cache-Control": "private, no-store",
    },
  });
};
