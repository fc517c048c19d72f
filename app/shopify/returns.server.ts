import type {
  FrontdeskReturnApproveRequestMutation,
  FrontdeskReturnDeclineRequestMutation,
  FrontdeskReturnOptionsQuery,
  FrontdeskReturnQuery,
  FrontdeskReturnRequestMutation,
} from "~/types/admin.generated";
import type { ReturnDeclineReason, ReturnRequestInput } from "~/types/admin.types";
import { runAdminOperation, type AdminClient } from "./admin-client.server";
import type { UserError } from "./order-edits.server";

// Shopify's returns (scopes read_returns, write_returns): what an order can return, the shop's
// return reasons, a shopper's request, and an agent approving or declining it.
// https://shopify.dev/docs/apps/build/orders-fulfillment/returns-apps/build-return-management

/**
 * An order's lines with what each can still return, shipment by shipment (`returnableFulfillments`
 * nets out what is already in a return), the reasons Shopify suggests for each line's product
 * category (its 2026-01 advice, over the whole reason library) and the library itself, for a
 * line Shopify suggests none for. First pages only, to keep the query under the 1,000 points one
 * query may ask.
 */
const RETURN_OPTIONS = `#graphql
  query FrontdeskReturnOptions($orderId: ID!) {
    order(id: $orderId) {
      id
      name
      cancelledAt
      presentmentCurrencyCode
      customer { id }
      lineItems(first: 25) {
        nodes {
          id
          title
          variantTitle
          currentQuantity
          unfulfilledQuantity
          image { url altText }
          product { id tags }
          variant { id }
          discountedUnitPriceAfterAllDiscountsSet { shopMoney { amount currencyCode } }
          suggestedReturnReasonDefinitions(first: 8) { nodes { id handle name deleted } }
        }
      }
    }
    returnableFulfillments(orderId: $orderId, first: 5) {
      nodes {
        id
        fulfillment { id createdAt deliveredAt }
        returnableFulfillmentLineItems(first: 30) {
          nodes {
            quantity
            fulfillmentLineItem { id quantity lineItem { id } }
          }
        }
      }
    }
    returnReasonDefinitions(first: 40) {
      nodes { id handle name deleted }
    }
  }
`;

const RETURN_FIELDS = `#graphql
  fragment FrontdeskReturnFields on Return {
    id
    name
    status
    createdAt
    requestApprovedAt
    closedAt
    decline { reason note }
    order { id }
    returnLineItems(first: 50) {
      nodes {
        id
        quantity
        customerNote
        returnReasonDefinition { id handle name }
        ... on ReturnLineItem {
          fulfillmentLineItem { id lineItem { id title variantTitle } }
        }
      }
    }
  }
`;

const RETURN_REQUEST = `#graphql
  mutation FrontdeskReturnRequest($input: ReturnRequestInput!) {
    returnRequest(input: $input) {
      return { ...FrontdeskReturnFields }
      userErrors { field message code }
    }
  }
  ${RETURN_FIELDS}
`;

const RETURN_APPROVE_REQUEST = `#graphql
  mutation FrontdeskReturnApproveRequest($id: ID!) {
    returnApproveRequest(input: { id: $id, notifyCustomer: false }) {
      return { ...FrontdeskReturnFields }
      userErrors { field message code }
    }
  }
  ${RETURN_FIELDS}
`;

const RETURN_DECLINE_REQUEST = `#graphql
  mutation FrontdeskReturnDeclineRequest($id: ID!, $reason: ReturnDeclineReason!, $note: String) {
    returnDeclineRequest(input: { id: $id, declineReason: $reason, declineNote: $note, notifyCustomer: false }) {
      return { ...FrontdeskReturnFields }
      userErrors { field message code }
    }
  }
  ${RETURN_FIELDS}
`;

const RETURN = `#graphql
  query FrontdeskReturn($id: ID!) {
    return(id: $id) { ...FrontdeskReturnFields }
  }
  ${RETURN_FIELDS}
`;

export type ReturnOptions = FrontdeskReturnOptionsQuery;
export type ShopifyReturn = NonNullable<FrontdeskReturnQuery["return"]>;
export type ReturnMutationResult = { ok: true; return: ShopifyReturn } | { ok: false; userErrors: Array<UserError & { code: string | null }> };

/**
 * What an order can return now, and the reasons a shopper may give, named in `locale` (Shopify
 * names a reason definition "in the requested locale, falling back to English"; Guess: the Admin
 * API reads the request's Accept-Language, its schema having no @inContext). Null order: no such order.
 */
export async function fetchReturnOptions(admin: AdminClient, orderGid: string, locale: string): Promise<ReturnOptions> {
  return runAdminOperation<FrontdeskReturnOptionsQuery>(admin, RETURN_OPTIONS, { orderId: orderGid }, { "Accept-Language": locale });
}

export async function fetchReturn(admin: AdminClient, returnGid: string): Promise<ShopifyReturn | null> {
  return (await runAdminOperation<FrontdeskReturnQuery>(admin, RETURN, { id: returnGid })).return;
}

function resultOf(payload: { return: ShopifyReturn | null; userErrors: Array<{ field: string[] | null; message: string; code: string | null }> } | null | undefined, mutation: string): ReturnMutationResult {
  if (!payload) throw new Error(`Expected ${mutation} to answer a payload`);
  if (payload.userErrors.length) return { ok: false, userErrors: payload.userErrors.map(({ field, message, code }) => ({ field, message, code })) };
  if (!payload.return) throw new Error(`Expected ${mutation} to answer a return or userErrors`);
  return { ok: true, return: payload.return };
}

/** A shopper's request (status REQUESTED), for the merchant to approve or decline. */
export async function requestReturn(admin: AdminClient, input: ReturnRequestInput): Promise<ReturnMutationResult> {
  const data = await runAdminOperation<FrontdeskReturnRequestMutation>(admin, RETURN_REQUEST, { input });
  return resultOf(data.returnRequest, "returnRequest");
}

/**
 * Approves a requested return (it becomes OPEN). Shopify does not mail the shopper
 * (`notifyCustomer: false`): the ticket's reply does, in the conversation.
 */
export async function approveReturnRequest(admin: AdminClient, returnGid: string): Promise<ReturnMutationResult> {
  const data = await runAdminOperation<FrontdeskReturnApproveRequestMutation>(admin, RETURN_APPROVE_REQUEST, { id: returnGid });
  return resultOf(data.returnApproveRequest, "returnApproveRequest");
}

/** Declines a requested return with one of Shopify's reasons and a note the shopper is shown. */
export async function declineReturnRequest(admin: AdminClient, returnGid: string, reason: ReturnDeclineReason, note: string | null): Promise<ReturnMutationResult> {
  const data = await runAdminOperation<FrontdeskReturnDeclineRequestMutation>(admin, RETURN_DECLINE_REQUEST, { id: returnGid, reason, note });
  return resultOf(data.returnDeclineRequest, "returnDeclineRequest");
}
