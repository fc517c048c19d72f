-- Linking an order to a ticket is an action of the ticket vocabulary (issue 12, decision 017), with its own activity kind.
ALTER TYPE "ActivityKind" ADD VALUE IF NOT EXISTS 'order_linked';
