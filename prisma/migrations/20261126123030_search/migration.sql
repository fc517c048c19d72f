-- Search (decision 006): trigram indexes for Japanese and Thai as well as English, with the
-- shop in the same GIN index (btree_gin). Both extensions ship with PostgreSQL (contrib).
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE EXTENSION IF NOT EXISTS btree_gin;

-- CreateIndex
CREATE INDEX "Customer_search" ON "Customer" USING GIN ("shopId" text_ops, "email" gin_trgm_ops, "firstName" gin_trgm_ops, "lastName" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "Order_search_name" ON "Order" USING GIN ("shopId" text_ops, "name" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "Ticket_shopId_lastMessageAt_id_idx" ON "Ticket"("shopId", "lastMessageAt" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "Ticket_search_subject" ON "Ticket" USING GIN ("shopId" text_ops, "subject" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "Message_search_text" ON "Message" USING GIN ("shopId" text_ops, "text" gin_trgm_ops);

