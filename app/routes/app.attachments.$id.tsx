import type { LoaderFunctionArgs } from "@remix-run/node";
import { getAttachment } from "~/models/attachment.server";
import { authenticate } from "~/shopify.server";

/**
 * A message's attachment, downloaded by the agent. Always as a download, never rendered by the
 * browser in the app's origin (an HTML or SVG attachment from a stranger must not run there).
 */
export const loader = async ({ request, params }: LoaderFunctionArgs) => {
  const { session } = await authenticate.admin(request);
  const attachment = await getAttachment(session.shop, params.id ?? "");
  if (!attachment) throw new Response("Attachment not found", { status: 404 });
  const ascii = attachment.filename.replace(/[^\x20-\x7e]/g, "_").replace(/["\\]/g, "_");
  return new Response(attachment.content, {
    headers: {
      "Content-Type": "application/octet-stream",
      "Content-Length": String(attachment.content.byteLength),
      "Content-Disposition": `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(attachment.filename)}`,
      "X-Content-Type-Options": "nosniff",
      "Content-Security-Policy": "sandbox; default-src 'none'",
      "Cache-Control": "private, no-store",
    },
  });
};
