import prisma from "~/db.server";
import type { InboundEmail } from "~/email/inbound.server";
import { saveFilteredEmail } from "~/models/filtered-email.server";
import { markRepliesUndelivered } from "~/models/message.server";
import type { FilterReason } from "~/schemas/filtered-email";

export interface FilteredOutcome {
  outcome: "ignored";
  reason: string;
  shop: string;
  /** Our replies this mail (a bounce) says were not delivered, marked now. */
  undeliveredReplies: number;
}

/**
 * A mail for the shop that opens no ticket (`reason` says why): kept as filtered mail, with the
 * message as received (`email.raw`), for an agent to see and recover; a bounce that names one of
 * our replies marks it undelivered on its ticket, with what the receiving server said. One
 * transaction; a mail delivered twice changes nothing more.
 */
export async function keepFilteredEmail({ shop, email, reason }: { shop: string; email: InboundEmail; reason: FilterReason }): Promise<FilteredOutcome> {
  const failure = email.deliveryFailure;
  const raw = email.raw;
  const undelivered = await prisma.$transaction(async (tx) => {
    const marked = failure ? await markRepliesUndelivered(shop, failure.messageIds, { status: failure.status, diagnostic: failure.diagnostic, recipient: failure.recipient }, tx) : [];
    // Only mail carries the message as received; without it there would be nothing to recover.
    if (raw) {
      const kept = { reason: reason.kind, detail: reason.detail.slice(0, 1000), subject: email.subject.slice(0, 1000), messageId: email.messageId, raw };
      await saveFilteredEmail(shop, { ...kept, fromAddress: email.from?.address ?? null, fromName: email.from?.name ?? null }, tx);
    }
    return marked.length;
  });
  return { outcome: "ignored", reason: `Not answered: ${reason.detail}`, shop, undeliveredReplies: undelivered };
}
