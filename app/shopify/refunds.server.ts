import type { FrontdeskRefundCreateMutation, FrontdeskSuggestedRefundQuery } from "~/types/admin.generated";
import { runAdminOperation, type AdminClient } from "./admin-client.server";
import type { UserError } from "./order-edits.server";

// Refunds: Order.suggestedRefund says what Shopify would give back for some lines and shipping,
// and to which payments; refundCreate records it, once per @idempotent key (required from 2026-04).

export type ShopifyRefundableOrder = NonNullable<FrontdeskSuggestedRefundQuery["order"]>;

const SUGGESTED_REFUND = `#graphql
  query FrontdeskSuggestedRefund(
    $id: ID!
    $refundLineItems: [RefundLineItemInput!]
    $refundShipping: Boolean
    $shippingAmount: Money
    $refundMethodAllocation: RefundMethodAllocation
    $suggestFullRefund: Boolean
  ) {
    order(id: $id) {
      id
      presentmentCurrencyCode
      customer { id }
      suggestedRefund(
        refundLineItems: $refundLineItems
        refundShipping: $refundShipping
        shippingAmount: $shippingAmount
        refundMethodAllocation: $refundMethodAllocation
        suggestFullRefund: $suggestFullRefund
      ) {
        amountSet { presentmentMoney { amount currencyCode } }
        subtotalSet { presentmentMoney { amount currencyCode } }
        totalTaxSet { presentmentMoney { amount currencyCode } }
        maximumRefundableSet { presentmentMoney { amount currencyCode } }
        shipping {
          amountSet { presentmentMoney { amount currencyCode } }
          maximumRefundableSet { presentmentMoney { amount currencyCode } }
        }
        refundLineItems { quantity restockType lineItem { id } }
        suggestedTransactions {
          kind
          gateway
          amountSet { presentmentMoney { amount currencyCode } }
          maximumRefundableSet { presentmentMoney { amount currencyCode } }
          parentTransaction { id }
        }
      }
    }
  }
`;

const REFUND_CREATE = `#graphql
  mutation FrontdeskRefundCreate($input: RefundInput!, $idempotencyKey: String!) {
    refundCreate(input: $input) @idempotent(key: $idempotencyKey) {
      refund {
        id
        totalRefundedSet { presentmentMoney { amount currencyCode } }
      }
      userErrors { field message }
    }
  }
`;

export interface RefundLineInput {
  lineItemId: string;
  quantity: number;
  restockType: "NO_RESTOCK" | "RETURN" | "CANCEL";
  locationId?: string;
}

/** Shopify's suggested refund for these lines and shipping; null when Shopify has no such order. */
export async function fetchSuggestedRefund(
  admin: AdminClient,
  orderGid: string,
  input: { refundLineItems: RefundLineInput[]; refundShipping: boolean; shippingAmount: string | null; toStoreCredit: boolean; suggestFullRefund?: boolean },
): Promise<ShopifyRefundableOrder | null> {
  const data = await runAdminOperation<FrontdeskSuggestedRefundQuery>(admin, SUGGESTED_REFUND, {
    id: orderGid,
    refundLineItems: input.refundLineItems,
    refundShipping: input.refundShipping,
    shippingAmount: input.shippingAmount,
    refundMethodAllocation: input.toStoreCredit ? "STORE_CREDIT" : "ORIGINAL_PAYMENT_METHODS",
    suggestFullRefund: input.suggestFullRefund ?? false,
  });
  return data.order;
}

export interface RefundCreateInput {
  orderId: string;
  note: string;
  notify: boolean;
  currency: string;
  refundLineItems: RefundLineInput[];
  shipping?: { fullRefund: true } | { amount: string };
  transactions?: Array<{ orderId: string; parentId: string; gateway: string; kind: "REFUND"; amount: string }>;
  refundMethods?: Array<{ storeCreditRefund: { amount: { amount: string; currencyCode: string } } }>;
}

export type RefundCreateResult = { ok: true; refund: { id: string; total: { amount: string; currencyCode: string } } } | { ok: false; userErrors: UserError[] };

/** Records a refund; Shopify answers the first refund again for a repeated key. */
export async function createRefund(admin: AdminClient, input: RefundCreateInput, idempotencyKey: string): Promise<RefundCreateResult> {
  const data = await runAdminOperation<FrontdeskRefundCreateMutation>(admin, REFUND_CREATE, { input, idempotencyKey });
  const payload = data.refundCreate;
  if (!payload) throw new Error("Expected refundCreate to answer a payload");
  if (payload.userErrors.length > 0) return { ok: false, userErrors: payload.userErrors };
  if (!payload.refund) throw new Error("Expected refundCreate to answer the refund or userErrors");
  return { ok: true, refund: { id: payload.refund.id, total: payload.refund.totalRefundedSet.presentmentMoney } };
}
