import type { ActionFunctionArgs } from "@remix-run/node";
import { z } from "zod";
import { leaveTicket, recordTicketPresence } from "~/models/ticket-presence.server";
import { getStaffDisplayName } from "~/models/staff-member.server";
import { requireStaffId } from "~/shopify/staff-id";
import { authenticate } from "~/shopify.server";

const Heartbeat = z.object({ typing: z.boolean().default(false), seenMessageId: z.string().max(64).nullable().default(null) });

/**
 * The ticket page's heartbeat (POST, every few seconds and when typing starts or stops): records
 * that this agent has the ticket open and answers who else does and whether the thread has moved
 * on. DELETE when the agent leaves. A resource route, so heartbeats never reload the page's data.
 */
export const action = async ({ request, params }: ActionFunctionArgs) => {
  const { session, sessionToken } = await authenticate.admin(request);
  const staffId = requireStaffId(sessionToken);
  const ticketId = params.id ?? "";
  if (request.method === "DELETE") {
    await leaveTicket(session.shop, ticketId, staffId);
    return new Response(null, { status: 204 });
  }
  const body = Heartbeat.safeParse(await request.json().catch(() => null));
  if (!body.success) return Response.json({ error: "Invalid heartbeat" }, { status: 422 });
  const name = await getStaffDisplayName(session.shop, staffId);
  const state = await recordTicketPresence(session.shop, ticketId, { staff: { id: staffId, name }, isTyping: body.data.typing, seenMessageId: body.data.seenMessageId });
  if (!state) return Response.json({ error: "Ticket not found" }, { status: 404 });
  return Response.json({ others: state.others, unseen: state.unseen && { ...state.unseen, createdAt: state.unseen.createdAt.toISOString() } });
};
