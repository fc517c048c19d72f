import type { ActionFunctionArgs } from "@remix-run/node";
import { notFound, unavailable } from "~/services/order-actions/order-action-errors";
import type { ReturnChangeResult } from "~/services/returns/change-return.server";
import { runTicketActions } from "~/services/tickets/change-tickets.server";
import { ReturnChange } from "~/schemas/ticket-actions";
import { requireStaffId } from "~/shopify/staff-id";
import { authenticate } from "~/shopify.server";
import { isUuid } from "~/uuid";

// Approving or declining a return on a ticket (POST, JSON), through the ticket action vocabulary.
// The service checks that the return is the shop's and on this ticket.

const STATUS: Record<string, number> = { NOT_FOUND: 404, ACCESS_DENIED: 403, UNAVAILABLE: 503 };

function answer(result: ReturnChangeResult): Response {
  return Response.json(result.ok ? { ok: true, value: { id: result.value.id, status: result.value.status } } : result, { status: result.ok ? 200 : (STATUS[result.code] ?? 422) });
}

export const action = async ({ request, params }: ActionFunctionArgs) => {
  const { admin, session, sessionToken } = await authenticate.admin(request);
  const staffId = requireStaffId(sessionToken);
  const parsed = ReturnChange.safeParse(await request.json().catch(() => null));
  if (!parsed.success) return Response.json({ ok: false, code: "INVALID", errors: parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`) }, { status: 422 });
  const ticketId = params.id ?? "";
  const returnId = params.returnId ?? "";
  if (!isUuid(ticketId) || !isUuid(returnId)) return answer(notFound());
  try {
    const { returns } = await runTicketActions({ shop: session.shop, admin }, ticketId, [{ type: "return_action", returnId, change: parsed.data }], { type: "staff", staffId });
    return answer(returns[0] ?? notFound());
  } catch (error) {
    console.error(`Return ${parsed.data.type} failed:`, error instanceof Error ? error.message : error);
    return answer(unavailable());
  }
};
