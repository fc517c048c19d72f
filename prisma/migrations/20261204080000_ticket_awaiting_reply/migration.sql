-- The navigation badge and the inbox tabs count without reading every ticket (issue 13: the
-- layout loader took 4 s in a shop of 1M tickets). "Awaiting reply" becomes a column the intake
-- sets and a reply clears, backfilled from each ticket's last message that is not a note.
ALTER TABLE "Ticket" ADD COLUMN "awaitingReply" BOOLEAN NOT NULL DEFAULT false;

UPDATE "Ticket" t SET "awaitingReply" = true
WHERE (
  SELECT m.direction FROM "Message" m
  WHERE m."shopId" = t."shopId" AND m."ticketId" = t.id AND m.direction <> 'NOTE'
  ORDER BY m."createdAt" DESC LIMIT 1
) = 'INBOUND';

CREATE INDEX "Ticket_shopId_status_awaitingReply_idx" ON "Ticket"("shopId", "status", "awaitingReply");
CREATE INDEX "Ticket_shopId_assigneeId_status_idx" ON "Ticket"("shopId", "assigneeId", "status");
CREATE INDEX "Ticket_shopId_priority_status_idx" ON "Ticket"("shopId", "priority", "status");
