import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { getStaffDisplayName } from "~/models/staff-member.server";
import { isOrderChange, OrderActionRequest } from "~/schemas/order-actions";
import { notFound, unavailable } from "~/services/order-actions/order-action-errors";
import { previewOrderAction } from "~/services/order-actions/perform-order-action.server";
import type { OrderActionResult } from "~/services/order-actions/types";
import { runTicketActions } from "~/services/tickets/change-tickets.server";
import { listRestockLocations } from "~/shopify/locations.server";
import { listSiblingVariants, searchVariants } from "~/shopify/product-variants.server";
import { requireStaffId } from "~/shopify/staff-id";
import { authenticate } from "~/shopify.server";
import { isUuid } from "~/uuid";

// A ticket's order actions (POST, JSON) and the variant lookups the order editor needs (GET).
// A change goes through the ticket action vocabulary; a preview straight to its service. Each
// service checks that the ticket and the order belong to the shop and to each other.

const STATUS: Record<string, number> = { NOT_FOUND: 404, ACCESS_DENIED: 403, IN_PROGRESS: 409, UNAVAILABLE: 503, STALE: 409 };

function answer<T>(result: OrderActionResult<T>): Response {
  return Response.json(result, { status: result.ok ? 200 : (STATUS[result.code] ?? 422) });
}

export const loader = async ({ request }: LoaderFunctionArgs) => {
  const { admin } = await authenticate.admin(request);
  const url = new URL(request.url);
  const siblingsOf = url.searchParams.get("siblingsOf");
  const text = url.searchParams.get("variantSearch")?.slice(0, 100) ?? "";
  try {
    if (url.searchParams.has("locations")) return { variants: [], locations: await listRestockLocations(admin) };
    if (siblingsOf && /^gid:\/\/shopify\/ProductVariant\/\d+$/.test(siblingsOf)) return { variants: await listSiblingVariants(admin, siblingsOf) };
    return { variants: text.trim().length >= 2 ? await searchVariants(admin, text) : [] };
  } catch (error) {
    // The editor works without suggestions (no read_products, Shopify slow): it offers none.
    console.error("Variant lookup failed:", error instanceof Error ? error.message : error);
    return { variants: [], unavailable: true };
  }
};

export const action = async ({ request, params }: ActionFunctionArgs) => {
  const { admin, session, sessionToken } = await authenticate.admin(request);
  const staffId = requireStaffId(sessionToken);
  const parsed = OrderActionRequest.safeParse(await request.json().catch(() => null));
  if (!parsed.success) return Response.json({ ok: false, code: "INVALID", errors: parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`) }, { status: 422 });
  const ticketId = params.id ?? "";
  const orderId = params.orderId ?? "";
  const data = parsed.data;
  if (!isUuid(ticketId) || !isUuid(orderId)) return answer(notFound());
  try {
    if (isOrderChange(data)) {
      const { orders } = await runTicketActions({ shop: session.shop, admin }, ticketId, [{ type: "order_action", orderId, change: data }], { type: "staff", staffId });
      return answer(orders[0] ?? notFound());
    }
    const staff = { id: staffId, name: await getStaffDisplayName(session.shop, staffId) };
    return answer(await previewOrderAction({ admin, shop: session.shop, ticketId, orderId, staff }, data));
  } catch (error) {
    // Shopify did not answer (an outage, throttled past the retries): say so, never a 500 page.
    console.error(`Order action ${data.intent} failed:`, error instanceof Error ? error.message : error);
    return answer(unavailable());
  }
};
