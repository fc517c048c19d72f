-- Whether Shopify vouched for the sender of a storefront message (docs/decisions/022).
ALTER TABLE "Message" ADD COLUMN "isSenderVerified" BOOLEAN;
