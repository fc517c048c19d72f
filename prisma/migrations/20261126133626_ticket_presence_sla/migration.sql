-- CreateTable
CREATE TABLE "TicketPresence" (
    "shopId" TEXT NOT NULL,
    "ticketId" UUID NOT NULL,
    "staffId" BIGINT NOT NULL,
    "staffName" TEXT,
    "isTyping" BOOLEAN NOT NULL DEFAULT false,
    "seenAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TicketPresence_pkey" PRIMARY KEY ("shopId","ticketId","staffId")
);

-- CreateIndex
CREATE INDEX "Ticket_shopId_slaDueAt_id_idx" ON "Ticket"("shopId", "slaDueAt", "id");

-- AddForeignKey
ALTER TABLE "TicketPresence" ADD CONSTRAINT "TicketPresence_ticketId_fkey" FOREIGN KEY ("ticketId") REFERENCES "Ticket"("id") ON DELETE CASCADE ON UPDATE CASCADE;

