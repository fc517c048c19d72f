-- Ticket intent and sentiment take the labels of DESIGN.md "Classification labels", the arrays
-- of app/schemas/ticket-labels.ts. An old intent maps to its nearest new label, and any other
-- value not in the new set becomes other. A sentiment outside the new set becomes NULL.
UPDATE "Ticket"
SET "intent" = CASE "intent"
    WHEN 'where_is_my_order' THEN 'order_status'
    WHEN 'exchange' THEN 'return_request'
    WHEN 'change_address' THEN 'change_order'
    WHEN 'complaint' THEN 'product_issue'
    ELSE 'other'
  END
WHERE "intent" IS NOT NULL
  AND "intent" NOT IN ('order_status', 'delivery_problem', 'product_issue', 'return_request', 'refund_request', 'cancel_order', 'change_order', 'billing_payment', 'product_question', 'subscription', 'feedback', 'other');

UPDATE "Ticket"
SET "sentiment" = NULL
WHERE "sentiment" IS NOT NULL
  AND "sentiment" NOT IN ('promoter', 'positive', 'neutral', 'negative', 'angry');

-- From now on the database refuses any other value. A new label is a new migration that
-- replaces these constraints, together with the arrays and the locale strings.
ALTER TABLE "Ticket" ADD CONSTRAINT "Ticket_intent_check"
  CHECK ("intent" IS NULL OR "intent" IN ('order_status', 'delivery_problem', 'product_issue', 'return_request', 'refund_request', 'cancel_order', 'change_order', 'billing_payment', 'product_question', 'subscription', 'feedback', 'other'));

ALTER TABLE "Ticket" ADD CONSTRAINT "Ticket_sentiment_check"
  CHECK ("sentiment" IS NULL OR "sentiment" IN ('promoter', 'positive', 'neutral', 'negative', 'angry'));
