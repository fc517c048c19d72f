-- CreateIndex
CREATE INDEX "Ticket_shopId_channel_lastMessageAt_id_idx" ON "Ticket"("shopId", "channel", "lastMessageAt" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "Ticket_shopId_language_lastMessageAt_id_idx" ON "Ticket"("shopId", "language", "lastMessageAt" DESC, "id" DESC);

