-- A B-tree entry cannot exceed a third of a page: a long order name failed the write. Lookups by
-- name use the trigram GIN index, which answers equality as well.
DROP INDEX "Order_shopId_name_idx";
