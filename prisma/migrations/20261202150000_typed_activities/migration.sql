-- Typed activities (issue 12, decision 014): one kind per event, a closed set.
-- "tagged" (bulk tag) and "tags_changed" (ticket page) were one event under two kinds: both
-- become tags_changed with the tags added and removed.
UPDATE "Activity"
SET kind = 'tags_changed',
    data = jsonb_build_object('added', CASE WHEN data ? 'tag' THEN jsonb_build_array(data -> 'tag') ELSE '[]'::jsonb END, 'removed', '[]'::jsonb)
WHERE kind = 'tagged';

UPDATE "Activity"
SET data = (data - 'from' - 'to') || jsonb_build_object(
  'added', coalesce((SELECT jsonb_agg(tag) FROM jsonb_array_elements(coalesce(data -> 'to', '[]'::jsonb)) AS added(tag) WHERE NOT coalesce(data -> 'from', '[]'::jsonb) @> jsonb_build_array(tag)), '[]'::jsonb),
  'removed', coalesce((SELECT jsonb_agg(tag) FROM jsonb_array_elements(coalesce(data -> 'from', '[]'::jsonb)) AS removed(tag) WHERE NOT coalesce(data -> 'to', '[]'::jsonb) @> jsonb_build_array(tag)), '[]'::jsonb)
)
WHERE kind = 'tags_changed' AND jsonb_typeof(data -> 'to') = 'array';

CREATE TYPE "ActivityKind" AS ENUM ('ticket_created', 'status_changed', 'priority_changed', 'assigned', 'tags_changed', 'reply_added', 'note_added', 'reply_undelivered', 'order_created', 'order_fulfilled', 'order_cancelled', 'order_status_changed', 'order_edited', 'refund_created', 'order_refunded', 'order_address_changed', 'order_invoice_sent', 'order_deleted', 'customer_deleted');

CREATE TYPE "ActorType" AS ENUM ('staff', 'customer', 'rule', 'system');

-- Every kind written so far is in the set (the old code wrote only these), so the cast cannot fail.
ALTER TABLE "Activity" ALTER COLUMN "kind" TYPE "ActivityKind" USING "kind"::"ActivityKind";

ALTER TABLE "Activity" ALTER COLUMN "actorType" DROP DEFAULT;
ALTER TABLE "Activity" ALTER COLUMN "actorType" TYPE "ActorType" USING (CASE WHEN "actorType" IN ('staff', 'customer', 'rule') THEN "actorType" ELSE 'system' END)::"ActorType";
ALTER TABLE "Activity" ALTER COLUMN "actorType" SET DEFAULT 'system';
