/* eslint-disable eslint-comments/disable-enable-pair */
/* eslint-disable eslint-comments/no-unlimited-disable */
/* eslint-disable */
import type * as AdminTypes from './admin.types.js';

export type FrontdeskCustomersPageQueryVariables = AdminTypes.Exact<{
  first: AdminTypes.Scalars['Int']['input'];
  after?: AdminTypes.InputMaybe<AdminTypes.Scalars['String']['input']>;
}>;


export type FrontdeskCustomersPageQuery = { customers: { pageInfo: Pick<AdminTypes.PageInfo, 'hasNextPage' | 'endCursor'>, nodes: Array<(
      Pick<AdminTypes.Customer, 'id' | 'firstName' | 'lastName' | 'locale' | 'tags' | 'numberOfOrders' | 'updatedAt'>
      & { amountSpent: Pick<AdminTypes.MoneyV2, 'amount' | 'currencyCode'>, defaultEmailAddress: AdminTypes.Maybe<Pick<AdminTypes.CustomerEmailAddress, 'emailAddress'>>, defaultPhoneNumber: AdminTypes.Maybe<Pick<AdminTypes.CustomerPhoneNumber, 'phoneNumber'>> }
    )> } };

export type FrontdeskLocationsQueryVariables = AdminTypes.Exact<{ [key: string]: never; }>;


export type FrontdeskLocationsQuery = { locations: { nodes: Array<Pick<AdminTypes.Location, 'id' | 'name' | 'fulfillsOnlineOrders'>> } };

export type FrontdeskOrderShippingAddressUpdateMutationVariables = AdminTypes.Exact<{
  input: AdminTypes.OrderInput;
}>;


export type FrontdeskOrderShippingAddressUpdateMutation = { orderUpdate: AdminTypes.Maybe<{ order: AdminTypes.Maybe<(
      Pick<AdminTypes.Order, 'id'>
      & { shippingAddress: AdminTypes.Maybe<Pick<AdminTypes.MailingAddress, 'firstName' | 'lastName' | 'company' | 'address1' | 'address2' | 'city' | 'province' | 'provinceCode' | 'zip' | 'country' | 'countryCodeV2' | 'phone'>> }
    )>, userErrors: Array<Pick<AdminTypes.UserError, 'field' | 'message'>> }> };

export type FrontdeskOrderCancelMutationVariables = AdminTypes.Exact<{
  orderId: AdminTypes.Scalars['ID']['input'];
  reason: AdminTypes.OrderCancelReason;
  restock: AdminTypes.Scalars['Boolean']['input'];
  refundMethod?: AdminTypes.InputMaybe<AdminTypes.OrderCancelRefundMethodInput>;
  notifyCustomer?: AdminTypes.InputMaybe<AdminTypes.Scalars['Boolean']['input']>;
  staffNote?: AdminTypes.InputMaybe<AdminTypes.Scalars['String']['input']>;
}>;


export type FrontdeskOrderCancelMutation = { orderCancel: AdminTypes.Maybe<{ job: AdminTypes.Maybe<Pick<AdminTypes.Job, 'id' | 'done'>>, orderCancelUserErrors: Array<Pick<AdminTypes.OrderCancelUserError, 'field' | 'message' | 'code'>> }> };

export type FrontdeskJobQueryVariables = AdminTypes.Exact<{
  id: AdminTypes.Scalars['ID']['input'];
}>;


export type FrontdeskJobQuery = { job: AdminTypes.Maybe<Pick<AdminTypes.Job, 'id' | 'done'>> };

export type FrontdeskCalculatedLineItemFieldsFragment = (
  Pick<AdminTypes.CalculatedLineItem, 'id' | 'title' | 'variantTitle' | 'sku' | 'quantity' | 'editableQuantity' | 'editableQuantityBeforeChanges'>
  & { originalUnitPriceSet: { presentmentMoney: Pick<AdminTypes.MoneyV2, 'amount' | 'currencyCode'> }, discountedUnitPriceSet: { presentmentMoney: Pick<AdminTypes.MoneyV2, 'amount' | 'currencyCode'> }, editableSubtotalSet: { presentmentMoney: Pick<AdminTypes.MoneyV2, 'amount' | 'currencyCode'> }, uneditableSubtotalSet: { presentmentMoney: Pick<AdminTypes.MoneyV2, 'amount' | 'currencyCode'> }, variant: AdminTypes.Maybe<Pick<AdminTypes.ProductVariant, 'id'>>, stagedChanges: Array<{ __typename: 'OrderStagedChangeAddCustomItem' | 'OrderStagedChangeAddLineItemDiscount' | 'OrderStagedChangeAddShippingLine' | 'OrderStagedChangeAddVariant' | 'OrderStagedChangeDecrementItem' | 'OrderStagedChangeIncrementItem' | 'OrderStagedChangeRemoveDiscount' | 'OrderStagedChangeRemoveShippingLine' }> }
);

export type FrontdeskCalculatedOrderFieldsFragment = (
  Pick<AdminTypes.CalculatedOrder, 'id'>
  & { originalOrder: (
    Pick<AdminTypes.Order, 'id'>
    & { currentTotalPriceSet: { presentmentMoney: Pick<AdminTypes.MoneyV2, 'amount' | 'currencyCode'> } }
  ), lineItems: { nodes: Array<(
      Pick<AdminTypes.CalculatedLineItem, 'id' | 'title' | 'variantTitle' | 'sku' | 'quantity' | 'editableQuantity' | 'editableQuantityBeforeChanges'>
      & { originalUnitPriceSet: { presentmentMoney: Pick<AdminTypes.MoneyV2, 'amount' | 'currencyCode'> }, discountedUnitPriceSet: { presentmentMoney: Pick<AdminTypes.MoneyV2, 'amount' | 'currencyCode'> }, editableSubtotalSet: { presentmentMoney: Pick<AdminTypes.MoneyV2, 'amount' | 'currencyCode'> }, uneditableSubtotalSet: { presentmentMoney: Pick<AdminTypes.MoneyV2, 'amount' | 'currencyCode'> }, variant: AdminTypes.Maybe<Pick<AdminTypes.ProductVariant, 'id'>>, stagedChanges: Array<{ __typename: 'OrderStagedChangeAddCustomItem' | 'OrderStagedChangeAddLineItemDiscount' | 'OrderStagedChangeAddShippingLine' | 'OrderStagedChangeAddVariant' | 'OrderStagedChangeDecrementItem' | 'OrderStagedChangeIncrementItem' | 'OrderStagedChangeRemoveDiscount' | 'OrderStagedChangeRemoveShippingLine' }> }
    )> }, addedLineItems: { nodes: Array<(
      Pick<AdminTypes.CalculatedLineItem, 'id' | 'title' | 'variantTitle' | 'sku' | 'quantity' | 'editableQuantity' | 'editableQuantityBeforeChanges'>
      & { originalUnitPriceSet: { presentmentMoney: Pick<AdminTypes.MoneyV2, 'amount' | 'currencyCode'> }, discountedUnitPriceSet: { presentmentMoney: Pick<AdminTypes.MoneyV2, 'amount' | 'currencyCode'> }, editableSubtotalSet: { presentmentMoney: Pick<AdminTypes.MoneyV2, 'amount' | 'currencyCode'> }, uneditableSubtotalSet: { presentmentMoney: Pick<AdminTypes.MoneyV2, 'amount' | 'currencyCode'> }, variant: AdminTypes.Maybe<Pick<AdminTypes.ProductVariant, 'id'>>, stagedChanges: Array<{ __typename: 'OrderStagedChangeAddCustomItem' | 'OrderStagedChangeAddLineItemDiscount' | 'OrderStagedChangeAddShippingLine' | 'OrderStagedChangeAddVariant' | 'OrderStagedChangeDecrementItem' | 'OrderStagedChangeIncrementItem' | 'OrderStagedChangeRemoveDiscount' | 'OrderStagedChangeRemoveShippingLine' }> }
    )> }, shippingLines: Array<(
    Pick<AdminTypes.CalculatedShippingLine, 'id' | 'title' | 'stagedStatus'>
    & { price: { presentmentMoney: Pick<AdminTypes.MoneyV2, 'amount' | 'currencyCode'> } }
  )>, subtotalPriceSet: AdminTypes.Maybe<{ presentmentMoney: Pick<AdminTypes.MoneyV2, 'amount' | 'currencyCode'> }>, taxLines: Array<{ priceSet: { presentmentMoney: Pick<AdminTypes.MoneyV2, 'amount' | 'currencyCode'> } }>, totalPriceSet: { presentmentMoney: Pick<AdminTypes.MoneyV2, 'amount' | 'currencyCode'> }, totalOutstandingSet: { presentmentMoney: Pick<AdminTypes.MoneyV2, 'amount' | 'currencyCode'> } }
);

export type FrontdeskOrderEditabilityQueryVariables = AdminTypes.Exact<{
  id: AdminTypes.Scalars['ID']['input'];
}>;


export type FrontdeskOrderEditabilityQuery = { order: AdminTypes.Maybe<(
    Pick<AdminTypes.Order, 'id' | 'name' | 'merchantEditable' | 'merchantEditableErrors' | 'presentmentCurrencyCode' | 'email' | 'cancelledAt' | 'displayFulfillmentStatus'>
    & { totalOutstandingSet: { presentmentMoney: Pick<AdminTypes.MoneyV2, 'amount' | 'currencyCode'> } }
  )> };

export type FrontdeskOrderEditBeginMutationVariables = AdminTypes.Exact<{
  id: AdminTypes.Scalars['ID']['input'];
}>;


export type FrontdeskOrderEditBeginMutation = { orderEditBegin: AdminTypes.Maybe<{ calculatedOrder: AdminTypes.Maybe<(
      Pick<AdminTypes.CalculatedOrder, 'id'>
      & { originalOrder: (
        Pick<AdminTypes.Order, 'id'>
        & { currentTotalPriceSet: { presentmentMoney: Pick<AdminTypes.MoneyV2, 'amount' | 'currencyCode'> } }
      ), lineItems: { nodes: Array<(
          Pick<AdminTypes.CalculatedLineItem, 'id' | 'title' | 'variantTitle' | 'sku' | 'quantity' | 'editableQuantity' | 'editableQuantityBeforeChanges'>
          & { originalUnitPriceSet: { presentmentMoney: Pick<AdminTypes.MoneyV2, 'amount' | 'currencyCode'> }, discountedUnitPriceSet: { presentmentMoney: Pick<AdminTypes.MoneyV2, 'amount' | 'currencyCode'> }, editableSubtotalSet: { presentmentMoney: Pick<AdminTypes.MoneyV2, 'amount' | 'currencyCode'> }, uneditableSubtotalSet: { presentmentMoney: Pick<AdminTypes.MoneyV2, 'amount' | 'currencyCode'> }, variant: AdminTypes.Maybe<Pick<AdminTypes.ProductVariant, 'id'>>, stagedChanges: Array<{ __typename: 'OrderStagedChangeAddCustomItem' | 'OrderStagedChangeAddLineItemDiscount' | 'OrderStagedChangeAddShippingLine' | 'OrderStagedChangeAddVariant' | 'OrderStagedChangeDecrementItem' | 'OrderStagedChangeIncrementItem' | 'OrderStagedChangeRemoveDiscount' | 'OrderStagedChangeRemoveShippingLine' }> }
        )> }, addedLineItems: { nodes: Array<(
          Pick<AdminTypes.CalculatedLineItem, 'id' | 'title' | 'variantTitle' | 'sku' | 'quantity' | 'editableQuantity' | 'editableQuantityBeforeChanges'>
          & { originalUnitPriceSet: { presentmentMoney: Pick<AdminTypes.MoneyV2, 'amount' | 'currencyCode'> }, discountedUnitPriceSet: { presentmentMoney: Pick<AdminTypes.MoneyV2, 'amount' | 'currencyCode'> }, editableSubtotalSet: { presentmentMoney: Pick<AdminTypes.MoneyV2, 'amount' | 'currencyCode'> }, uneditableSubtotalSet: { presentmentMoney: Pick<AdminTypes.MoneyV2, 'amount' | 'currencyCode'> }, variant: AdminTypes.Maybe<Pick<AdminTypes.ProductVariant, 'id'>>, stagedChanges: Array<{ __typename: 'OrderStagedChangeAddCustomItem' | 'OrderStagedChangeAddLineItemDiscount' | 'OrderStagedChangeAddShippingLine' | 'OrderStagedChangeAddVariant' | 'OrderStagedChangeDecrementItem' | 'OrderStagedChangeIncrementItem' | 'OrderStagedChangeRemoveDiscount' | 'OrderStagedChangeRemoveShippingLine' }> }
        )> }, shippingLines: Array<(
        Pick<AdminTypes.CalculatedShippingLine, 'id' | 'title' | 'stagedStatus'>
        & { price: { presentmentMoney: Pick<AdminTypes.MoneyV2, 'amount' | 'currencyCode'> } }
      )>, subtotalPriceSet: AdminTypes.Maybe<{ presentmentMoney: Pick<AdminTypes.MoneyV2, 'amount' | 'currencyCode'> }>, taxLines: Array<{ priceSet: { presentmentMoney: Pick<AdminTypes.MoneyV2, 'amount' | 'currencyCode'> } }>, totalPriceSet: { presentmentMoney: Pick<AdminTypes.MoneyV2, 'amount' | 'currencyCode'> }, totalOutstandingSet: { presentmentMoney: Pick<AdminTypes.MoneyV2, 'amount' | 'currencyCode'> } }
    )>, userErrors: Array<Pick<AdminTypes.UserError, 'field' | 'message'>> }> };

export type FrontdeskOrderEditSetQuantityMutationVariables = AdminTypes.Exact<{
  id: AdminTypes.Scalars['ID']['input'];
  lineItemId: AdminTypes.Scalars['ID']['input'];
  quantity: AdminTypes.Scalars['Int']['input'];
  restock?: AdminTypes.InputMaybe<AdminTypes.Scalars['Boolean']['input']>;
}>;


export type FrontdeskOrderEditSetQuantityMutation = { orderEditSetQuantity: AdminTypes.Maybe<{ calculatedLineItem: AdminTypes.Maybe<Pick<AdminTypes.CalculatedLineItem, 'id'>>, calculatedOrder: AdminTypes.Maybe<(
      Pick<AdminTypes.CalculatedOrder, 'id'>
      & { originalOrder: (
        Pick<AdminTypes.Order, 'id'>
        & { currentTotalPriceSet: { presentmentMoney: Pick<AdminTypes.MoneyV2, 'amount' | 'currencyCode'> } }
      ), lineItems: { nodes: Array<(
          Pick<AdminTypes.CalculatedLineItem, 'id' | 'title' | 'variantTitle' | 'sku' | 'quantity' | 'editableQuantity' | 'editableQuantityBeforeChanges'>
          & { originalUnitPriceSet: { presentmentMoney: Pick<AdminTypes.MoneyV2, 'amount' | 'currencyCode'> }, discountedUnitPriceSet: { presentmentMoney: Pick<AdminTypes.MoneyV2, 'amount' | 'currencyCode'> }, editableSubtotalSet: { presentmentMoney: Pick<AdminTypes.MoneyV2, 'amount' | 'currencyCode'> }, uneditableSubtotalSet: { presentmentMoney: Pick<AdminTypes.MoneyV2, 'amount' | 'currencyCode'> }, variant: AdminTypes.Maybe<Pick<AdminTypes.ProductVariant, 'id'>>, stagedChanges: Array<{ __typename: 'OrderStagedChangeAddCustomItem' | 'OrderStagedChangeAddLineItemDiscount' | 'OrderStagedChangeAddShippingLine' | 'OrderStagedChangeAddVariant' | 'OrderStagedChangeDecrementItem' | 'OrderStagedChangeIncrementItem' | 'OrderStagedChangeRemoveDiscount' | 'OrderStagedChangeRemoveShippingLine' }> }
        )> }, addedLineItems: { nodes: Array<(
          Pick<AdminTypes.CalculatedLineItem, 'id' | 'title' | 'variantTitle' | 'sku' | 'quantity' | 'editableQuantity' | 'editableQuantityBeforeChanges'>
          & { originalUnitPriceSet: { presentmentMoney: Pick<AdminTypes.MoneyV2, 'amount' | 'currencyCode'> }, discountedUnitPriceSet: { presentmentMoney: Pick<AdminTypes.MoneyV2, 'amount' | 'currencyCode'> }, editableSubtotalSet: { presentmentMoney: Pick<AdminTypes.MoneyV2, 'amount' | 'currencyCode'> }, uneditableSubtotalSet: { presentmentMoney: Pick<AdminTypes.MoneyV2, 'amount' | 'currencyCode'> }, variant: AdminTypes.Maybe<Pick<AdminTypes.ProductVariant, 'id'>>, stagedChanges: Array<{ __typename: 'OrderStagedChangeAddCustomItem' | 'OrderStagedChangeAddLineItemDiscount' | 'OrderStagedChangeAddShippingLine' | 'OrderStagedChangeAddVariant' | 'OrderStagedChangeDecrementItem' | 'OrderStagedChangeIncrementItem' | 'OrderStagedChangeRemoveDiscount' | 'OrderStagedChangeRemoveShippingLine' }> }
        )> }, shippingLines: Array<(
        Pick<AdminTypes.CalculatedShippingLine, 'id' | 'title' | 'stagedStatus'>
        & { price: { presentmentMoney: Pick<AdminTypes.MoneyV2, 'amount' | 'currencyCode'> } }
      )>, subtotalPriceSet: AdminTypes.Maybe<{ presentmentMoney: Pick<AdminTypes.MoneyV2, 'amount' | 'currencyCode'> }>, taxLines: Array<{ priceSet: { presentmentMoney: Pick<AdminTypes.MoneyV2, 'amount' | 'currencyCode'> } }>, totalPriceSet: { presentmentMoney: Pick<AdminTypes.MoneyV2, 'amount' | 'currencyCode'> }, totalOutstandingSet: { presentmentMoney: Pick<AdminTypes.MoneyV2, 'amount' | 'currencyCode'> } }
    )>, userErrors: Array<Pick<AdminTypes.UserError, 'field' | 'message'>> }> };

export type FrontdeskOrderEditAddVariantMutationVariables = AdminTypes.Exact<{
  id: AdminTypes.Scalars['ID']['input'];
  variantId: AdminTypes.Scalars['ID']['input'];
  quantity: AdminTypes.Scalars['Int']['input'];
}>;


export type FrontdeskOrderEditAddVariantMutation = { orderEditAddVariant: AdminTypes.Maybe<{ calculatedLineItem: AdminTypes.Maybe<Pick<AdminTypes.CalculatedLineItem, 'id'>>, calculatedOrder: AdminTypes.Maybe<(
      Pick<AdminTypes.CalculatedOrder, 'id'>
      & { originalOrder: (
        Pick<AdminTypes.Order, 'id'>
        & { currentTotalPriceSet: { presentmentMoney: Pick<AdminTypes.MoneyV2, 'amount' | 'currencyCode'> } }
      ), lineItems: { nodes: Array<(
          Pick<AdminTypes.CalculatedLineItem, 'id' | 'title' | 'variantTitle' | 'sku' | 'quantity' | 'editableQuantity' | 'editableQuantityBeforeChanges'>
          & { originalUnitPriceSet: { presentmentMoney: Pick<AdminTypes.MoneyV2, 'amount' | 'currencyCode'> }, discountedUnitPriceSet: { presentmentMoney: Pick<AdminTypes.MoneyV2, 'amount' | 'currencyCode'> }, editableSubtotalSet: { presentmentMoney: Pick<AdminTypes.MoneyV2, 'amount' | 'currencyCode'> }, uneditableSubtotalSet: { presentmentMoney: Pick<AdminTypes.MoneyV2, 'amount' | 'currencyCode'> }, variant: AdminTypes.Maybe<Pick<AdminTypes.ProductVariant, 'id'>>, stagedChanges: Array<{ __typename: 'OrderStagedChangeAddCustomItem' | 'OrderStagedChangeAddLineItemDiscount' | 'OrderStagedChangeAddShippingLine' | 'OrderStagedChangeAddVariant' | 'OrderStagedChangeDecrementItem' | 'OrderStagedChangeIncrementItem' | 'OrderStagedChangeRemoveDiscount' | 'OrderStagedChangeRemoveShippingLine' }> }
        )> }, addedLineItems: { nodes: Array<(
          Pick<AdminTypes.CalculatedLineItem, 'id' | 'title' | 'variantTitle' | 'sku' | 'quantity' | 'editableQuantity' | 'editableQuantityBeforeChanges'>
          & { originalUnitPriceSet: { presentmentMoney: Pick<AdminTypes.MoneyV2, 'amount' | 'currencyCode'> }, discountedUnitPriceSet: { presentmentMoney: Pick<AdminTypes.MoneyV2, 'amount' | 'currencyCode'> }, editableSubtotalSet: { presentmentMoney: Pick<AdminTypes.MoneyV2, 'amount' | 'currencyCode'> }, uneditableSubtotalSet: { presentmentMoney: Pick<AdminTypes.MoneyV2, 'amount' | 'currencyCode'> }, variant: AdminTypes.Maybe<Pick<AdminTypes.ProductVariant, 'id'>>, stagedChanges: Array<{ __typename: 'OrderStagedChangeAddCustomItem' | 'OrderStagedChangeAddLineItemDiscount' | 'OrderStagedChangeAddShippingLine' | 'OrderStagedChangeAddVariant' | 'OrderStagedChangeDecrementItem' | 'OrderStagedChangeIncrementItem' | 'OrderStagedChangeRemoveDiscount' | 'OrderStagedChangeRemoveShippingLine' }> }
        )> }, shippingLines: Array<(
        Pick<AdminTypes.CalculatedShippingLine, 'id' | 'title' | 'stagedStatus'>
        & { price: { presentmentMoney: Pick<AdminTypes.MoneyV2, 'amount' | 'currencyCode'> } }
      )>, subtotalPriceSet: AdminTypes.Maybe<{ presentmentMoney: Pick<AdminTypes.MoneyV2, 'amount' | 'currencyCode'> }>, taxLines: Array<{ priceSet: { presentmentMoney: Pick<AdminTypes.MoneyV2, 'amount' | 'currencyCode'> } }>, totalPriceSet: { presentmentMoney: Pick<AdminTypes.MoneyV2, 'amount' | 'currencyCode'> }, totalOutstandingSet: { presentmentMoney: Pick<AdminTypes.MoneyV2, 'amount' | 'currencyCode'> } }
    )>, userErrors: Array<Pick<AdminTypes.UserError, 'field' | 'message'>> }> };

export type FrontdeskOrderEditAddCustomItemMutationVariables = AdminTypes.Exact<{
  id: AdminTypes.Scalars['ID']['input'];
  title: AdminTypes.Scalars['String']['input'];
  price: AdminTypes.MoneyInput;
  quantity: AdminTypes.Scalars['Int']['input'];
  taxable?: AdminTypes.InputMaybe<AdminTypes.Scalars['Boolean']['input']>;
  requiresShipping?: AdminTypes.InputMaybe<AdminTypes.Scalars['Boolean']['input']>;
}>;


export type FrontdeskOrderEditAddCustomItemMutation = { orderEditAddCustomItem: AdminTypes.Maybe<{ calculatedLineItem: AdminTypes.Maybe<Pick<AdminTypes.CalculatedLineItem, 'id'>>, calculatedOrder: AdminTypes.Maybe<(
      Pick<AdminTypes.CalculatedOrder, 'id'>
      & { originalOrder: (
        Pick<AdminTypes.Order, 'id'>
        & { currentTotalPriceSet: { presentmentMoney: Pick<AdminTypes.MoneyV2, 'amount' | 'currencyCode'> } }
      ), lineItems: { nodes: Array<(
          Pick<AdminTypes.CalculatedLineItem, 'id' | 'title' | 'variantTitle' | 'sku' | 'quantity' | 'editableQuantity' | 'editableQuantityBeforeChanges'>
          & { originalUnitPriceSet: { presentmentMoney: Pick<AdminTypes.MoneyV2, 'amount' | 'currencyCode'> }, discountedUnitPriceSet: { presentmentMoney: Pick<AdminTypes.MoneyV2, 'amount' | 'currencyCode'> }, editableSubtotalSet: { presentmentMoney: Pick<AdminTypes.MoneyV2, 'amount' | 'currencyCode'> }, uneditableSubtotalSet: { presentmentMoney: Pick<AdminTypes.MoneyV2, 'amount' | 'currencyCode'> }, variant: AdminTypes.Maybe<Pick<AdminTypes.ProductVariant, 'id'>>, stagedChanges: Array<{ __typename: 'OrderStagedChangeAddCustomItem' | 'OrderStagedChangeAddLineItemDiscount' | 'OrderStagedChangeAddShippingLine' | 'OrderStagedChangeAddVariant' | 'OrderStagedChangeDecrementItem' | 'OrderStagedChangeIncrementItem' | 'OrderStagedChangeRemoveDiscount' | 'OrderStagedChangeRemoveShippingLine' }> }
        )> }, addedLineItems: { nodes: Array<(
          Pick<AdminTypes.CalculatedLineItem, 'id' | 'title' | 'variantTitle' | 'sku' | 'quantity' | 'editableQuantity' | 'editableQuantityBeforeChanges'>
          & { originalUnitPriceSet: { presentmentMoney: Pick<AdminTypes.MoneyV2, 'amount' | 'currencyCode'> }, discountedUnitPriceSet: { presentmentMoney: Pick<AdminTypes.MoneyV2, 'amount' | 'currencyCode'> }, editableSubtotalSet: { presentmentMoney: Pick<AdminTypes.MoneyV2, 'amount' | 'currencyCode'> }, uneditableSubtotalSet: { presentmentMoney: Pick<AdminTypes.MoneyV2, 'amount' | 'currencyCode'> }, variant: AdminTypes.Maybe<Pick<AdminTypes.ProductVariant, 'id'>>, stagedChanges: Array<{ __typename: 'OrderStagedChangeAddCustomItem' | 'OrderStagedChangeAddLineItemDiscount' | 'OrderStagedChangeAddShippingLine' | 'OrderStagedChangeAddVariant' | 'OrderStagedChangeDecrementItem' | 'OrderStagedChangeIncrementItem' | 'OrderStagedChangeRemoveDiscount' | 'OrderStagedChangeRemoveShippingLine' }> }
        )> }, shippingLines: Array<(
        Pick<AdminTypes.CalculatedShippingLine, 'id' | 'title' | 'stagedStatus'>
        & { price: { presentmentMoney: Pick<AdminTypes.MoneyV2, 'amount' | 'currencyCode'> } }
      )>, subtotalPriceSet: AdminTypes.Maybe<{ presentmentMoney: Pick<AdminTypes.MoneyV2, 'amount' | 'currencyCode'> }>, taxLines: Array<{ priceSet: { presentmentMoney: Pick<AdminTypes.MoneyV2, 'amount' | 'currencyCode'> } }>, totalPriceSet: { presentmentMoney: Pick<AdminTypes.MoneyV2, 'amount' | 'currencyCode'> }, totalOutstandingSet: { presentmentMoney: Pick<AdminTypes.MoneyV2, 'amount' | 'currencyCode'> } }
    )>, userErrors: Array<Pick<AdminTypes.UserError, 'field' | 'message'>> }> };

export type FrontdeskOrderEditAddLineItemDiscountMutationVariables = AdminTypes.Exact<{
  id: AdminTypes.Scalars['ID']['input'];
  lineItemId: AdminTypes.Scalars['ID']['input'];
  discount: AdminTypes.OrderEditAppliedDiscountInput;
}>;


export type FrontdeskOrderEditAddLineItemDiscountMutation = { orderEditAddLineItemDiscount: AdminTypes.Maybe<{ calculatedLineItem: AdminTypes.Maybe<Pick<AdminTypes.CalculatedLineItem, 'id'>>, calculatedOrder: AdminTypes.Maybe<(
      Pick<AdminTypes.CalculatedOrder, 'id'>
      & { originalOrder: (
        Pick<AdminTypes.Order, 'id'>
        & { currentTotalPriceSet: { presentmentMoney: Pick<AdminTypes.MoneyV2, 'amount' | 'currencyCode'> } }
      ), lineItems: { nodes: Array<(
          Pick<AdminTypes.CalculatedLineItem, 'id' | 'title' | 'variantTitle' | 'sku' | 'quantity' | 'editableQuantity' | 'editableQuantityBeforeChanges'>
          & { originalUnitPriceSet: { presentmentMoney: Pick<AdminTypes.MoneyV2, 'amount' | 'currencyCode'> }, discountedUnitPriceSet: { presentmentMoney: Pick<AdminTypes.MoneyV2, 'amount' | 'currencyCode'> }, editableSubtotalSet: { presentmentMoney: Pick<AdminTypes.MoneyV2, 'amount' | 'currencyCode'> }, uneditableSubtotalSet: { presentmentMoney: Pick<AdminTypes.MoneyV2, 'amount' | 'currencyCode'> }, variant: AdminTypes.Maybe<Pick<AdminTypes.ProductVariant, 'id'>>, stagedChanges: Array<{ __typename: 'OrderStagedChangeAddCustomItem' | 'OrderStagedChangeAddLineItemDiscount' | 'OrderStagedChangeAddShippingLine' | 'OrderStagedChangeAddVariant' | 'OrderStagedChangeDecrementItem' | 'OrderStagedChangeIncrementItem' | 'OrderStagedChangeRemoveDiscount' | 'OrderStagedChangeRemoveShippingLine' }> }
        )> }, addedLineItems: { nodes: Array<(
          Pick<AdminTypes.CalculatedLineItem, 'id' | 'title' | 'variantTitle' | 'sku' | 'quantity' | 'editableQuantity' | 'editableQuantityBeforeChanges'>
          & { originalUnitPriceSet: { presentmentMoney: Pick<AdminTypes.MoneyV2, 'amount' | 'currencyCode'> }, discountedUnitPriceSet: { presentmentMoney: Pick<AdminTypes.MoneyV2, 'amount' | 'currencyCode'> }, editableSubtotalSet: { presentmentMoney: Pick<AdminTypes.MoneyV2, 'amount' | 'currencyCode'> }, uneditableSubtotalSet: { presentmentMoney: Pick<AdminTypes.MoneyV2, 'amount' | 'currencyCode'> }, variant: AdminTypes.Maybe<Pick<AdminTypes.ProductVariant, 'id'>>, stagedChanges: Array<{ __typename: 'OrderStagedChangeAddCustomItem' | 'OrderStagedChangeAddLineItemDiscount' | 'OrderStagedChangeAddShippingLine' | 'OrderStagedChangeAddVariant' | 'OrderStagedChangeDecrementItem' | 'OrderStagedChangeIncrementItem' | 'OrderStagedChangeRemoveDiscount' | 'OrderStagedChangeRemoveShippingLine' }> }
        )> }, shippingLines: Array<(
        Pick<AdminTypes.CalculatedShippingLine, 'id' | 'title' | 'stagedStatus'>
        & { price: { presentmentMoney: Pick<AdminTypes.MoneyV2, 'amount' | 'currencyCode'> } }
      )>, subtotalPriceSet: AdminTypes.Maybe<{ presentmentMoney: Pick<AdminTypes.MoneyV2, 'amount' | 'currencyCode'> }>, taxLines: Array<{ priceSet: { presentmentMoney: Pick<AdminTypes.MoneyV2, 'amount' | 'currencyCode'> } }>, totalPriceSet: { presentmentMoney: Pick<AdminTypes.MoneyV2, 'amount' | 'currencyCode'> }, totalOutstandingSet: { presentmentMoney: Pick<AdminTypes.MoneyV2, 'amount' | 'currencyCode'> } }
    )>, userErrors: Array<Pick<AdminTypes.UserError, 'field' | 'message'>> }> };

export type FrontdeskOrderEditAddShippingLineMutationVariables = AdminTypes.Exact<{
  id: AdminTypes.Scalars['ID']['input'];
  shippingLine: AdminTypes.OrderEditAddShippingLineInput;
}>;


export type FrontdeskOrderEditAddShippingLineMutation = { orderEditAddShippingLine: AdminTypes.Maybe<{ calculatedOrder: AdminTypes.Maybe<(
      Pick<AdminTypes.CalculatedOrder, 'id'>
      & { originalOrder: (
        Pick<AdminTypes.Order, 'id'>
        & { currentTotalPriceSet: { presentmentMoney: Pick<AdminTypes.MoneyV2, 'amount' | 'currencyCode'> } }
      ), lineItems: { nodes: Array<(
          Pick<AdminTypes.CalculatedLineItem, 'id' | 'title' | 'variantTitle' | 'sku' | 'quantity' | 'editableQuantity' | 'editableQuantityBeforeChanges'>
          & { originalUnitPriceSet: { presentmentMoney: Pick<AdminTypes.MoneyV2, 'amount' | 'currencyCode'> }, discountedUnitPriceSet: { presentmentMoney: Pick<AdminTypes.MoneyV2, 'amount' | 'currencyCode'> }, editableSubtotalSet: { presentmentMoney: Pick<AdminTypes.MoneyV2, 'amount' | 'currencyCode'> }, uneditableSubtotalSet: { presentmentMoney: Pick<AdminTypes.MoneyV2, 'amount' | 'currencyCode'> }, variant: AdminTypes.Maybe<Pick<AdminTypes.ProductVariant, 'id'>>, stagedChanges: Array<{ __typename: 'OrderStagedChangeAddCustomItem' | 'OrderStagedChangeAddLineItemDiscount' | 'OrderStagedChangeAddShippingLine' | 'OrderStagedChangeAddVariant' | 'OrderStagedChangeDecrementItem' | 'OrderStagedChangeIncrementItem' | 'OrderStagedChangeRemoveDiscount' | 'OrderStagedChangeRemoveShippingLine' }> }
        )> }, addedLineItems: { nodes: Array<(
          Pick<AdminTypes.CalculatedLineItem, 'id' | 'title' | 'variantTitle' | 'sku' | 'quantity' | 'editableQuantity' | 'editableQuantityBeforeChanges'>
          & { originalUnitPriceSet: { presentmentMoney: Pick<AdminTypes.MoneyV2, 'amount' | 'currencyCode'> }, discountedUnitPriceSet: { presentmentMoney: Pick<AdminTypes.MoneyV2, 'amount' | 'currencyCode'> }, editableSubtotalSet: { presentmentMoney: Pick<AdminTypes.MoneyV2, 'amount' | 'currencyCode'> }, uneditableSubtotalSet: { presentmentMoney: Pick<AdminTypes.MoneyV2, 'amount' | 'currencyCode'> }, variant: AdminTypes.Maybe<Pick<AdminTypes.ProductVariant, 'id'>>, stagedChanges: Array<{ __typename: 'OrderStagedChangeAddCustomItem' | 'OrderStagedChangeAddLineItemDiscount' | 'OrderStagedChangeAddShippingLine' | 'OrderStagedChangeAddVariant' | 'OrderStagedChangeDecrementItem' | 'OrderStagedChangeIncrementItem' | 'OrderStagedChangeRemoveDiscount' | 'OrderStagedChangeRemoveShippingLine' }> }
        )> }, shippingLines: Array<(
        Pick<AdminTypes.CalculatedShippingLine, 'id' | 'title' | 'stagedStatus'>
        & { price: { presentmentMoney: Pick<AdminTypes.MoneyV2, 'amount' | 'currencyCode'> } }
      )>, subtotalPriceSet: AdminTypes.Maybe<{ presentmentMoney: Pick<AdminTypes.MoneyV2, 'amount' | 'currencyCode'> }>, taxLines: Array<{ priceSet: { presentmentMoney: Pick<AdminTypes.MoneyV2, 'amount' | 'currencyCode'> } }>, totalPriceSet: { presentmentMoney: Pick<AdminTypes.MoneyV2, 'amount' | 'currencyCode'> }, totalOutstandingSet: { presentmentMoney: Pick<AdminTypes.MoneyV2, 'amount' | 'currencyCode'> } }
    )>, userErrors: Array<Pick<AdminTypes.OrderEditAddShippingLineUserError, 'field' | 'message'>> }> };

export type FrontdeskOrderEditUpdateShippingLineMutationVariables = AdminTypes.Exact<{
  id: AdminTypes.Scalars['ID']['input'];
  shippingLineId: AdminTypes.Scalars['ID']['input'];
  shippingLine: AdminTypes.OrderEditUpdateShippingLineInput;
}>;


export type FrontdeskOrderEditUpdateShippingLineMutation = { orderEditUpdateShippingLine: AdminTypes.Maybe<{ calculatedOrder: AdminTypes.Maybe<(
      Pick<AdminTypes.CalculatedOrder, 'id'>
      & { originalOrder: (
        Pick<AdminTypes.Order, 'id'>
        & { currentTotalPriceSet: { presentmentMoney: Pick<AdminTypes.MoneyV2, 'amount' | 'currencyCode'> } }
      ), lineItems: { nodes: Array<(
          Pick<AdminTypes.CalculatedLineItem, 'id' | 'title' | 'variantTitle' | 'sku' | 'quantity' | 'editableQuantity' | 'editableQuantityBeforeChanges'>
          & { originalUnitPriceSet: { presentmentMoney: Pick<AdminTypes.MoneyV2, 'amount' | 'currencyCode'> }, discountedUnitPriceSet: { presentmentMoney: Pick<AdminTypes.MoneyV2, 'amount' | 'currencyCode'> }, editableSubtotalSet: { presentmentMoney: Pick<AdminTypes.MoneyV2, 'amount' | 'currencyCode'> }, uneditableSubtotalSet: { presentmentMoney: Pick<AdminTypes.MoneyV2, 'amount' | 'currencyCode'> }, variant: AdminTypes.Maybe<Pick<AdminTypes.ProductVariant, 'id'>>, stagedChanges: Array<{ __typename: 'OrderStagedChangeAddCustomItem' | 'OrderStagedChangeAddLineItemDiscount' | 'OrderStagedChangeAddShippingLine' | 'OrderStagedChangeAddVariant' | 'OrderStagedChangeDecrementItem' | 'OrderStagedChangeIncrementItem' | 'OrderStagedChangeRemoveDiscount' | 'OrderStagedChangeRemoveShippingLine' }> }
        )> }, addedLineItems: { nodes: Array<(
          Pick<AdminTypes.CalculatedLineItem, 'id' | 'title' | 'variantTitle' | 'sku' | 'quantity' | 'editableQuantity' | 'editableQuantityBeforeChanges'>
          & { originalUnitPriceSet: { presentmentMoney: Pick<AdminTypes.MoneyV2, 'amount' | 'currencyCode'> }, discountedUnitPriceSet: { presentmentMoney: Pick<AdminTypes.MoneyV2, 'amount' | 'currencyCode'> }, editableSubtotalSet: { presentmentMoney: Pick<AdminTypes.MoneyV2, 'amount' | 'currencyCode'> }, uneditableSubtotalSet: { presentmentMoney: Pick<AdminTypes.MoneyV2, 'amount' | 'currencyCode'> }, variant: AdminTypes.Maybe<Pick<AdminTypes.ProductVariant, 'id'>>, stagedChanges: Array<{ __typename: 'OrderStagedChangeAddCustomItem' | 'OrderStagedChangeAddLineItemDiscount' | 'OrderStagedChangeAddShippingLine' | 'OrderStagedChangeAddVariant' | 'OrderStagedChangeDecrementItem' | 'OrderStagedChangeIncrementItem' | 'OrderStagedChangeRemoveDiscount' | 'OrderStagedChangeRemoveShippingLine' }> }
        )> }, shippingLines: Array<(
        Pick<AdminTypes.CalculatedShippingLine, 'id' | 'title' | 'stagedStatus'>
        & { price: { presentmentMoney: Pick<AdminTypes.MoneyV2, 'amount' | 'currencyCode'> } }
      )>, subtotalPriceSet: AdminTypes.Maybe<{ presentmentMoney: Pick<AdminTypes.MoneyV2, 'amount' | 'currencyCode'> }>, taxLines: Array<{ priceSet: { presentmentMoney: Pick<AdminTypes.MoneyV2, 'amount' | 'currencyCode'> } }>, totalPriceSet: { presentmentMoney: Pick<AdminTypes.MoneyV2, 'amount' | 'currencyCode'> }, totalOutstandingSet: { presentmentMoney: Pick<AdminTypes.MoneyV2, 'amount' | 'currencyCode'> } }
    )>, userErrors: Array<Pick<AdminTypes.OrderEditUpdateShippingLineUserError, 'field' | 'message'>> }> };

export type FrontdeskOrderEditRemoveShippingLineMutationVariables = AdminTypes.Exact<{
  id: AdminTypes.Scalars['ID']['input'];
  shippingLineId: AdminTypes.Scalars['ID']['input'];
}>;


export type FrontdeskOrderEditRemoveShippingLineMutation = { orderEditRemoveShippingLine: AdminTypes.Maybe<{ calculatedOrder: AdminTypes.Maybe<(
      Pick<AdminTypes.CalculatedOrder, 'id'>
      & { originalOrder: (
        Pick<AdminTypes.Order, 'id'>
        & { currentTotalPriceSet: { presentmentMoney: Pick<AdminTypes.MoneyV2, 'amount' | 'currencyCode'> } }
      ), lineItems: { nodes: Array<(
          Pick<AdminTypes.CalculatedLineItem, 'id' | 'title' | 'variantTitle' | 'sku' | 'quantity' | 'editableQuantity' | 'editableQuantityBeforeChanges'>
          & { originalUnitPriceSet: { presentmentMoney: Pick<AdminTypes.MoneyV2, 'amount' | 'currencyCode'> }, discountedUnitPriceSet: { presentmentMoney: Pick<AdminTypes.MoneyV2, 'amount' | 'currencyCode'> }, editableSubtotalSet: { presentmentMoney: Pick<AdminTypes.MoneyV2, 'amount' | 'currencyCode'> }, uneditableSubtotalSet: { presentmentMoney: Pick<AdminTypes.MoneyV2, 'amount' | 'currencyCode'> }, variant: AdminTypes.Maybe<Pick<AdminTypes.ProductVariant, 'id'>>, stagedChanges: Array<{ __typename: 'OrderStagedChangeAddCustomItem' | 'OrderStagedChangeAddLineItemDiscount' | 'OrderStagedChangeAddShippingLine' | 'OrderStagedChangeAddVariant' | 'OrderStagedChangeDecrementItem' | 'OrderStagedChangeIncrementItem' | 'OrderStagedChangeRemoveDiscount' | 'OrderStagedChangeRemoveShippingLine' }> }
        )> }, addedLineItems: { nodes: Array<(
          Pick<AdminTypes.CalculatedLineItem, 'id' | 'title' | 'variantTitle' | 'sku' | 'quantity' | 'editableQuantity' | 'editableQuantityBeforeChanges'>
          & { originalUnitPriceSet: { presentmentMoney: Pick<AdminTypes.MoneyV2, 'amount' | 'currencyCode'> }, discountedUnitPriceSet: { presentmentMoney: Pick<AdminTypes.MoneyV2, 'amount' | 'currencyCode'> }, editableSubtotalSet: { presentmentMoney: Pick<AdminTypes.MoneyV2, 'amount' | 'currencyCode'> }, uneditableSubtotalSet: { presentmentMoney: Pick<AdminTypes.MoneyV2, 'amount' | 'currencyCode'> }, variant: AdminTypes.Maybe<Pick<AdminTypes.ProductVariant, 'id'>>, stagedChanges: Array<{ __typename: 'OrderStagedChangeAddCustomItem' | 'OrderStagedChangeAddLineItemDiscount' | 'OrderStagedChangeAddShippingLine' | 'OrderStagedChangeAddVariant' | 'OrderStagedChangeDecrementItem' | 'OrderStagedChangeIncrementItem' | 'OrderStagedChangeRemoveDiscount' | 'OrderStagedChangeRemoveShippingLine' }> }
        )> }, shippingLines: Array<(
        Pick<AdminTypes.CalculatedShippingLine, 'id' | 'title' | 'stagedStatus'>
        & { price: { presentmentMoney: Pick<AdminTypes.MoneyV2, 'amount' | 'currencyCode'> } }
      )>, subtotalPriceSet: AdminTypes.Maybe<{ presentmentMoney: Pick<AdminTypes.MoneyV2, 'amount' | 'currencyCode'> }>, taxLines: Array<{ priceSet: { presentmentMoney: Pick<AdminTypes.MoneyV2, 'amount' | 'currencyCode'> } }>, totalPriceSet: { presentmentMoney: Pick<AdminTypes.MoneyV2, 'amount' | 'currencyCode'> }, totalOutstandingSet: { presentmentMoney: Pick<AdminTypes.MoneyV2, 'amount' | 'currencyCode'> } }
    )>, userErrors: Array<Pick<AdminTypes.OrderEditRemoveShippingLineUserError, 'field' | 'message'>> }> };

export type FrontdeskOrderEditCommitMutationVariables = AdminTypes.Exact<{
  id: AdminTypes.Scalars['ID']['input'];
  notifyCustomer?: AdminTypes.InputMaybe<AdminTypes.Scalars['Boolean']['input']>;
  staffNote?: AdminTypes.InputMaybe<AdminTypes.Scalars['String']['input']>;
}>;


export type FrontdeskOrderEditCommitMutation = { orderEditCommit: AdminTypes.Maybe<{ order: AdminTypes.Maybe<(
      Pick<AdminTypes.Order, 'id'>
      & { totalOutstandingSet: { presentmentMoney: Pick<AdminTypes.MoneyV2, 'amount' | 'currencyCode'> }, paymentCollectionDetails: Pick<AdminTypes.OrderPaymentCollectionDetails, 'additionalPaymentCollectionUrl'> }
    )>, userErrors: Array<Pick<AdminTypes.UserError, 'field' | 'message'>> }> };

export type FrontdeskOrderInvoiceSendMutationVariables = AdminTypes.Exact<{
  id: AdminTypes.Scalars['ID']['input'];
  email?: AdminTypes.InputMaybe<AdminTypes.EmailInput>;
}>;


export type FrontdeskOrderInvoiceSendMutation = { orderInvoiceSend: AdminTypes.Maybe<{ order: AdminTypes.Maybe<Pick<AdminTypes.Order, 'id'>>, userErrors: Array<Pick<AdminTypes.OrderInvoiceSendUserError, 'field' | 'message'>> }> };

export type FrontdeskOrderMirrorFieldsFragment = (
  Pick<AdminTypes.Order, 'id' | 'name' | 'email' | 'displayFinancialStatus' | 'displayFulfillmentStatus' | 'currencyCode' | 'tags' | 'note' | 'cancelledAt' | 'cancelReason' | 'createdAt' | 'updatedAt'>
  & { customer: AdminTypes.Maybe<Pick<AdminTypes.Customer, 'id'>>, currentSubtotalPriceSet: { shopMoney: Pick<AdminTypes.MoneyV2, 'amount'> }, currentTotalTaxSet: { shopMoney: Pick<AdminTypes.MoneyV2, 'amount'> }, currentShippingPriceSet: { shopMoney: Pick<AdminTypes.MoneyV2, 'amount'> }, currentTotalPriceSet: { shopMoney: Pick<AdminTypes.MoneyV2, 'amount'> }, totalRefundedSet: { shopMoney: Pick<AdminTypes.MoneyV2, 'amount'> }, shippingAddress: AdminTypes.Maybe<Pick<AdminTypes.MailingAddress, 'name' | 'address1' | 'address2' | 'city' | 'province' | 'provinceCode' | 'zip' | 'country' | 'countryCodeV2' | 'phone'>>, lineItems: { nodes: Array<(
      Pick<AdminTypes.LineItem, 'id' | 'title' | 'variantTitle' | 'sku' | 'quantity' | 'currentQuantity' | 'unfulfilledQuantity'>
      & { originalUnitPriceSet: { shopMoney: Pick<AdminTypes.MoneyV2, 'amount'> }, variant: AdminTypes.Maybe<Pick<AdminTypes.ProductVariant, 'id'>> }
    )> }, fulfillments: Array<(
    Pick<AdminTypes.Fulfillment, 'id' | 'status' | 'createdAt'>
    & { trackingInfo: Array<Pick<AdminTypes.FulfillmentTrackingInfo, 'company' | 'number' | 'url'>> }
  )>, refunds: Array<(
    Pick<AdminTypes.Refund, 'id' | 'createdAt' | 'note'>
    & { totalRefundedSet: { shopMoney: Pick<AdminTypes.MoneyV2, 'amount'> } }
  )> }
);

export type FrontdeskOrdersPageQueryVariables = AdminTypes.Exact<{
  first: AdminTypes.Scalars['Int']['input'];
  after?: AdminTypes.InputMaybe<AdminTypes.Scalars['String']['input']>;
  query?: AdminTypes.InputMaybe<AdminTypes.Scalars['String']['input']>;
}>;


export type FrontdeskOrdersPageQuery = { orders: { pageInfo: Pick<AdminTypes.PageInfo, 'hasNextPage' | 'endCursor'>, nodes: Array<(
      Pick<AdminTypes.Order, 'id' | 'name' | 'email' | 'displayFinancialStatus' | 'displayFulfillmentStatus' | 'currencyCode' | 'tags' | 'note' | 'cancelledAt' | 'cancelReason' | 'createdAt' | 'updatedAt'>
      & { customer: AdminTypes.Maybe<Pick<AdminTypes.Customer, 'id'>>, currentSubtotalPriceSet: { shopMoney: Pick<AdminTypes.MoneyV2, 'amount'> }, currentTotalTaxSet: { shopMoney: Pick<AdminTypes.MoneyV2, 'amount'> }, currentShippingPriceSet: { shopMoney: Pick<AdminTypes.MoneyV2, 'amount'> }, currentTotalPriceSet: { shopMoney: Pick<AdminTypes.MoneyV2, 'amount'> }, totalRefundedSet: { shopMoney: Pick<AdminTypes.MoneyV2, 'amount'> }, shippingAddress: AdminTypes.Maybe<Pick<AdminTypes.MailingAddress, 'name' | 'address1' | 'address2' | 'city' | 'province' | 'provinceCode' | 'zip' | 'country' | 'countryCodeV2' | 'phone'>>, lineItems: { nodes: Array<(
          Pick<AdminTypes.LineItem, 'id' | 'title' | 'variantTitle' | 'sku' | 'quantity' | 'currentQuantity' | 'unfulfilledQuantity'>
          & { originalUnitPriceSet: { shopMoney: Pick<AdminTypes.MoneyV2, 'amount'> }, variant: AdminTypes.Maybe<Pick<AdminTypes.ProductVariant, 'id'>> }
        )> }, fulfillments: Array<(
        Pick<AdminTypes.Fulfillment, 'id' | 'status' | 'createdAt'>
        & { trackingInfo: Array<Pick<AdminTypes.FulfillmentTrackingInfo, 'company' | 'number' | 'url'>> }
      )>, refunds: Array<(
        Pick<AdminTypes.Refund, 'id' | 'createdAt' | 'note'>
        & { totalRefundedSet: { shopMoney: Pick<AdminTypes.MoneyV2, 'amount'> } }
      )> }
    )> } };

export type FrontdeskOrderForMirrorQueryVariables = AdminTypes.Exact<{
  id: AdminTypes.Scalars['ID']['input'];
}>;


export type FrontdeskOrderForMirrorQuery = { order: AdminTypes.Maybe<(
    Pick<AdminTypes.Order, 'id' | 'name' | 'email' | 'displayFinancialStatus' | 'displayFulfillmentStatus' | 'currencyCode' | 'tags' | 'note' | 'cancelledAt' | 'cancelReason' | 'createdAt' | 'updatedAt'>
    & { customer: AdminTypes.Maybe<Pick<AdminTypes.Customer, 'id'>>, currentSubtotalPriceSet: { shopMoney: Pick<AdminTypes.MoneyV2, 'amount'> }, currentTotalTaxSet: { shopMoney: Pick<AdminTypes.MoneyV2, 'amount'> }, currentShippingPriceSet: { shopMoney: Pick<AdminTypes.MoneyV2, 'amount'> }, currentTotalPriceSet: { shopMoney: Pick<AdminTypes.MoneyV2, 'amount'> }, totalRefundedSet: { shopMoney: Pick<AdminTypes.MoneyV2, 'amount'> }, shippingAddress: AdminTypes.Maybe<Pick<AdminTypes.MailingAddress, 'name' | 'address1' | 'address2' | 'city' | 'province' | 'provinceCode' | 'zip' | 'country' | 'countryCodeV2' | 'phone'>>, lineItems: { nodes: Array<(
        Pick<AdminTypes.LineItem, 'id' | 'title' | 'variantTitle' | 'sku' | 'quantity' | 'currentQuantity' | 'unfulfilledQuantity'>
        & { originalUnitPriceSet: { shopMoney: Pick<AdminTypes.MoneyV2, 'amount'> }, variant: AdminTypes.Maybe<Pick<AdminTypes.ProductVariant, 'id'>> }
      )> }, fulfillments: Array<(
      Pick<AdminTypes.Fulfillment, 'id' | 'status' | 'createdAt'>
      & { trackingInfo: Array<Pick<AdminTypes.FulfillmentTrackingInfo, 'company' | 'number' | 'url'>> }
    )>, refunds: Array<(
      Pick<AdminTypes.Refund, 'id' | 'createdAt' | 'note'>
      & { totalRefundedSet: { shopMoney: Pick<AdminTypes.MoneyV2, 'amount'> } }
    )> }
  )> };

export type FrontdeskVariantChoiceFragment = (
  Pick<AdminTypes.ProductVariant, 'id' | 'title' | 'sku' | 'price' | 'inventoryQuantity' | 'availableForSale'>
  & { image: AdminTypes.Maybe<Pick<AdminTypes.Image, 'url'>>, product: (
    Pick<AdminTypes.Product, 'id' | 'title'>
    & { featuredMedia: AdminTypes.Maybe<{ preview: AdminTypes.Maybe<{ image: AdminTypes.Maybe<Pick<AdminTypes.Image, 'url'>> }> }> }
  ) }
);

export type FrontdeskVariantSearchQueryVariables = AdminTypes.Exact<{
  query: AdminTypes.Scalars['String']['input'];
}>;


export type FrontdeskVariantSearchQuery = { productVariants: { nodes: Array<(
      Pick<AdminTypes.ProductVariant, 'id' | 'title' | 'sku' | 'price' | 'inventoryQuantity' | 'availableForSale'>
      & { image: AdminTypes.Maybe<Pick<AdminTypes.Image, 'url'>>, product: (
        Pick<AdminTypes.Product, 'id' | 'title'>
        & { featuredMedia: AdminTypes.Maybe<{ preview: AdminTypes.Maybe<{ image: AdminTypes.Maybe<Pick<AdminTypes.Image, 'url'>> }> }> }
      ) }
    )> } };

export type FrontdeskVariantSiblingsQueryVariables = AdminTypes.Exact<{
  id: AdminTypes.Scalars['ID']['input'];
}>;


export type FrontdeskVariantSiblingsQuery = { productVariant: AdminTypes.Maybe<(
    Pick<AdminTypes.ProductVariant, 'id'>
    & { product: { variants: { nodes: Array<(
          Pick<AdminTypes.ProductVariant, 'id' | 'title' | 'sku' | 'price' | 'inventoryQuantity' | 'availableForSale'>
          & { image: AdminTypes.Maybe<Pick<AdminTypes.Image, 'url'>>, product: (
            Pick<AdminTypes.Product, 'id' | 'title'>
            & { featuredMedia: AdminTypes.Maybe<{ preview: AdminTypes.Maybe<{ image: AdminTypes.Maybe<Pick<AdminTypes.Image, 'url'>> }> }> }
          ) }
        )> } } }
  )> };

export type FrontdeskSuggestedRefundQueryVariables = AdminTypes.Exact<{
  id: AdminTypes.Scalars['ID']['input'];
  refundLineItems?: AdminTypes.InputMaybe<Array<AdminTypes.RefundLineItemInput> | AdminTypes.RefundLineItemInput>;
  refundShipping?: AdminTypes.InputMaybe<AdminTypes.Scalars['Boolean']['input']>;
  shippingAmount?: AdminTypes.InputMaybe<AdminTypes.Scalars['Money']['input']>;
  refundMethodAllocation?: AdminTypes.InputMaybe<AdminTypes.RefundMethodAllocation>;
  suggestFullRefund?: AdminTypes.InputMaybe<AdminTypes.Scalars['Boolean']['input']>;
}>;


export type FrontdeskSuggestedRefundQuery = { order: AdminTypes.Maybe<(
    Pick<AdminTypes.Order, 'id' | 'presentmentCurrencyCode'>
    & { customer: AdminTypes.Maybe<Pick<AdminTypes.Customer, 'id'>>, suggestedRefund: AdminTypes.Maybe<{ amountSet: { presentmentMoney: Pick<AdminTypes.MoneyV2, 'amount' | 'currencyCode'> }, subtotalSet: { presentmentMoney: Pick<AdminTypes.MoneyV2, 'amount' | 'currencyCode'> }, totalTaxSet: { presentmentMoney: Pick<AdminTypes.MoneyV2, 'amount' | 'currencyCode'> }, maximumRefundableSet: { presentmentMoney: Pick<AdminTypes.MoneyV2, 'amount' | 'currencyCode'> }, shipping: { amountSet: { presentmentMoney: Pick<AdminTypes.MoneyV2, 'amount' | 'currencyCode'> }, maximumRefundableSet: { presentmentMoney: Pick<AdminTypes.MoneyV2, 'amount' | 'currencyCode'> } }, refundLineItems: Array<(
        Pick<AdminTypes.RefundLineItem, 'quantity' | 'restockType'>
        & { lineItem: Pick<AdminTypes.LineItem, 'id'> }
      )>, suggestedTransactions: Array<(
        Pick<AdminTypes.SuggestedOrderTransaction, 'kind' | 'gateway'>
        & { amountSet: { presentmentMoney: Pick<AdminTypes.MoneyV2, 'amount' | 'currencyCode'> }, maximumRefundableSet: AdminTypes.Maybe<{ presentmentMoney: Pick<AdminTypes.MoneyV2, 'amount' | 'currencyCode'> }>, parentTransaction: AdminTypes.Maybe<Pick<AdminTypes.OrderTransaction, 'id'>> }
      )> }> }
  )> };

export type FrontdeskRefundCreateMutationVariables = AdminTypes.Exact<{
  input: AdminTypes.RefundInput;
  idempotencyKey: AdminTypes.Scalars['String']['input'];
}>;


export type FrontdeskRefundCreateMutation = { refundCreate: AdminTypes.Maybe<{ refund: AdminTypes.Maybe<(
      Pick<AdminTypes.Refund, 'id'>
      & { totalRefundedSet: { presentmentMoney: Pick<AdminTypes.MoneyV2, 'amount' | 'currencyCode'> } }
    )>, userErrors: Array<Pick<AdminTypes.UserError, 'field' | 'message'>> }> };

export type FrontdeskReturnOptionsQueryVariables = AdminTypes.Exact<{
  orderId: AdminTypes.Scalars['ID']['input'];
}>;


export type FrontdeskReturnOptionsQuery = { order: AdminTypes.Maybe<(
    Pick<AdminTypes.Order, 'id' | 'name' | 'cancelledAt' | 'presentmentCurrencyCode'>
    & { customer: AdminTypes.Maybe<Pick<AdminTypes.Customer, 'id'>>, lineItems: { nodes: Array<(
        Pick<AdminTypes.LineItem, 'id' | 'title' | 'variantTitle' | 'currentQuantity' | 'unfulfilledQuantity'>
        & { image: AdminTypes.Maybe<Pick<AdminTypes.Image, 'url' | 'altText'>>, product: AdminTypes.Maybe<Pick<AdminTypes.Product, 'id' | 'tags'>>, variant: AdminTypes.Maybe<Pick<AdminTypes.ProductVariant, 'id'>>, discountedUnitPriceAfterAllDiscountsSet: { shopMoney: Pick<AdminTypes.MoneyV2, 'amount' | 'currencyCode'> }, suggestedReturnReasonDefinitions: AdminTypes.Maybe<{ nodes: Array<Pick<AdminTypes.ReturnReasonDefinition, 'id' | 'handle' | 'name' | 'deleted'>> }> }
      )> } }
  )>, returnableFulfillments: { nodes: Array<(
      Pick<AdminTypes.ReturnableFulfillment, 'id'>
      & { fulfillment: Pick<AdminTypes.Fulfillment, 'id' | 'createdAt' | 'deliveredAt'>, returnableFulfillmentLineItems: { nodes: Array<(
          Pick<AdminTypes.ReturnableFulfillmentLineItem, 'quantity'>
          & { fulfillmentLineItem: (
            Pick<AdminTypes.FulfillmentLineItem, 'id' | 'quantity'>
            & { lineItem: Pick<AdminTypes.LineItem, 'id'> }
          ) }
        )> } }
    )> }, returnReasonDefinitions: { nodes: Array<Pick<AdminTypes.ReturnReasonDefinition, 'id' | 'handle' | 'name' | 'deleted'>> } };

export type FrontdeskReturnFieldsFragment = (
  Pick<AdminTypes.Return, 'id' | 'name' | 'status' | 'createdAt' | 'requestApprovedAt' | 'closedAt'>
  & { decline: AdminTypes.Maybe<Pick<AdminTypes.ReturnDecline, 'reason' | 'note'>>, order: Pick<AdminTypes.Order, 'id'>, returnLineItems: { nodes: Array<(
      Pick<AdminTypes.ReturnLineItem, 'id' | 'quantity' | 'customerNote'>
      & { fulfillmentLineItem: (
        Pick<AdminTypes.FulfillmentLineItem, 'id'>
        & { lineItem: Pick<AdminTypes.LineItem, 'id' | 'title' | 'variantTitle'> }
      ), returnReasonDefinition: AdminTypes.Maybe<Pick<AdminTypes.ReturnReasonDefinition, 'id' | 'handle' | 'name'>> }
    ) | (
      Pick<AdminTypes.UnverifiedReturnLineItem, 'id' | 'quantity' | 'customerNote'>
      & { returnReasonDefinition: AdminTypes.Maybe<Pick<AdminTypes.ReturnReasonDefinition, 'id' | 'handle' | 'name'>> }
    )> } }
);

export type FrontdeskReturnRequestMutationVariables = AdminTypes.Exact<{
  input: AdminTypes.ReturnRequestInput;
}>;


export type FrontdeskReturnRequestMutation = { returnRequest: AdminTypes.Maybe<{ return: AdminTypes.Maybe<(
      Pick<AdminTypes.Return, 'id' | 'name' | 'status' | 'createdAt' | 'requestApprovedAt' | 'closedAt'>
      & { decline: AdminTypes.Maybe<Pick<AdminTypes.ReturnDecline, 'reason' | 'note'>>, order: Pick<AdminTypes.Order, 'id'>, returnLineItems: { nodes: Array<(
          Pick<AdminTypes.ReturnLineItem, 'id' | 'quantity' | 'customerNote'>
          & { fulfillmentLineItem: (
            Pick<AdminTypes.FulfillmentLineItem, 'id'>
            & { lineItem: Pick<AdminTypes.LineItem, 'id' | 'title' | 'variantTitle'> }
          ), returnReasonDefinition: AdminTypes.Maybe<Pick<AdminTypes.ReturnReasonDefinition, 'id' | 'handle' | 'name'>> }
        ) | (
          Pick<AdminTypes.UnverifiedReturnLineItem, 'id' | 'quantity' | 'customerNote'>
          & { returnReasonDefinition: AdminTypes.Maybe<Pick<AdminTypes.ReturnReasonDefinition, 'id' | 'handle' | 'name'>> }
        )> } }
    )>, userErrors: Array<Pick<AdminTypes.ReturnUserError, 'field' | 'message' | 'code'>> }> };

export type FrontdeskReturnApproveRequestMutationVariables = AdminTypes.Exact<{
  id: AdminTypes.Scalars['ID']['input'];
}>;


export type FrontdeskReturnApproveRequestMutation = { returnApproveRequest: AdminTypes.Maybe<{ return: AdminTypes.Maybe<(
      Pick<AdminTypes.Return, 'id' | 'name' | 'status' | 'createdAt' | 'requestApprovedAt' | 'closedAt'>
      & { decline: AdminTypes.Maybe<Pick<AdminTypes.ReturnDecline, 'reason' | 'note'>>, order: Pick<AdminTypes.Order, 'id'>, returnLineItems: { nodes: Array<(
          Pick<AdminTypes.ReturnLineItem, 'id' | 'quantity' | 'customerNote'>
          & { fulfillmentLineItem: (
            Pick<AdminTypes.FulfillmentLineItem, 'id'>
            & { lineItem: Pick<AdminTypes.LineItem, 'id' | 'title' | 'variantTitle'> }
          ), returnReasonDefinition: AdminTypes.Maybe<Pick<AdminTypes.ReturnReasonDefinition, 'id' | 'handle' | 'name'>> }
        ) | (
          Pick<AdminTypes.UnverifiedReturnLineItem, 'id' | 'quantity' | 'customerNote'>
          & { returnReasonDefinition: AdminTypes.Maybe<Pick<AdminTypes.ReturnReasonDefinition, 'id' | 'handle' | 'name'>> }
        )> } }
    )>, userErrors: Array<Pick<AdminTypes.ReturnUserError, 'field' | 'message' | 'code'>> }> };

export type FrontdeskReturnDeclineRequestMutationVariables = AdminTypes.Exact<{
  id: AdminTypes.Scalars['ID']['input'];
  reason: AdminTypes.ReturnDeclineReason;
  note?: AdminTypes.InputMaybe<AdminTypes.Scalars['String']['input']>;
}>;


export type FrontdeskReturnDeclineRequestMutation = { returnDeclineRequest: AdminTypes.Maybe<{ return: AdminTypes.Maybe<(
      Pick<AdminTypes.Return, 'id' | 'name' | 'status' | 'createdAt' | 'requestApprovedAt' | 'closedAt'>
      & { decline: AdminTypes.Maybe<Pick<AdminTypes.ReturnDecline, 'reason' | 'note'>>, order: Pick<AdminTypes.Order, 'id'>, returnLineItems: { nodes: Array<(
          Pick<AdminTypes.ReturnLineItem, 'id' | 'quantity' | 'customerNote'>
          & { fulfillmentLineItem: (
            Pick<AdminTypes.FulfillmentLineItem, 'id'>
            & { lineItem: Pick<AdminTypes.LineItem, 'id' | 'title' | 'variantTitle'> }
          ), returnReasonDefinition: AdminTypes.Maybe<Pick<AdminTypes.ReturnReasonDefinition, 'id' | 'handle' | 'name'>> }
        ) | (
          Pick<AdminTypes.UnverifiedReturnLineItem, 'id' | 'quantity' | 'customerNote'>
          & { returnReasonDefinition: AdminTypes.Maybe<Pick<AdminTypes.ReturnReasonDefinition, 'id' | 'handle' | 'name'>> }
        )> } }
    )>, userErrors: Array<Pick<AdminTypes.ReturnUserError, 'field' | 'message' | 'code'>> }> };

export type FrontdeskReturnQueryVariables = AdminTypes.Exact<{
  id: AdminTypes.Scalars['ID']['input'];
}>;


export type FrontdeskReturnQuery = { return: AdminTypes.Maybe<(
    Pick<AdminTypes.Return, 'id' | 'name' | 'status' | 'createdAt' | 'requestApprovedAt' | 'closedAt'>
    & { decline: AdminTypes.Maybe<Pick<AdminTypes.ReturnDecline, 'reason' | 'note'>>, order: Pick<AdminTypes.Order, 'id'>, returnLineItems: { nodes: Array<(
        Pick<AdminTypes.ReturnLineItem, 'id' | 'quantity' | 'customerNote'>
        & { fulfillmentLineItem: (
          Pick<AdminTypes.FulfillmentLineItem, 'id'>
          & { lineItem: Pick<AdminTypes.LineItem, 'id' | 'title' | 'variantTitle'> }
        ), returnReasonDefinition: AdminTypes.Maybe<Pick<AdminTypes.ReturnReasonDefinition, 'id' | 'handle' | 'name'>> }
      ) | (
        Pick<AdminTypes.UnverifiedReturnLineItem, 'id' | 'quantity' | 'customerNote'>
        & { returnReasonDefinition: AdminTypes.Maybe<Pick<AdminTypes.ReturnReasonDefinition, 'id' | 'handle' | 'name'>> }
      )> } }
  )> };

export type FrontdeskShopForInstallQueryVariables = AdminTypes.Exact<{ [key: string]: never; }>;


export type FrontdeskShopForInstallQuery = { shop: Pick<AdminTypes.Shop, 'name' | 'email' | 'currencyCode' | 'ianaTimezone' | 'myshopifyDomain'> };

export type FrontdeskImportTotalsQueryVariables = AdminTypes.Exact<{
  ordersQuery: AdminTypes.Scalars['String']['input'];
}>;


export type FrontdeskImportTotalsQuery = { customersCount: AdminTypes.Maybe<Pick<AdminTypes.Count, 'count'>>, ordersCount: AdminTypes.Maybe<Pick<AdminTypes.Count, 'count'>> };

interface GeneratedQueryTypes {
  "#graphql\n  query FrontdeskCustomersPage($first: Int!, $after: String) {\n    customers(first: $first, after: $after, sortKey: ID) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        firstName\n        lastName\n        locale\n        tags\n        numberOfOrders\n        updatedAt\n        amountSpent {\n          amount\n          currencyCode\n        }\n        defaultEmailAddress {\n          emailAddress\n        }\n        defaultPhoneNumber {\n          phoneNumber\n        }\n      }\n    }\n  }\n": {return: FrontdeskCustomersPageQuery, variables: FrontdeskCustomersPageQueryVariables},
  "#graphql\n  query FrontdeskLocations {\n    locations(first: 50) {\n      nodes { id name fulfillsOnlineOrders }\n    }\n  }\n": {return: FrontdeskLocationsQuery, variables: FrontdeskLocationsQueryVariables},
  "#graphql\n  query FrontdeskJob($id: ID!) {\n    job(id: $id) {\n      id\n      done\n    }\n  }\n": {return: FrontdeskJobQuery, variables: FrontdeskJobQueryVariables},
  "#graphql\n  query FrontdeskOrderEditability($id: ID!) {\n    order(id: $id) {\n      id\n      name\n      merchantEditable\n      merchantEditableErrors\n      presentmentCurrencyCode\n      email\n      cancelledAt\n      displayFulfillmentStatus\n      totalOutstandingSet { presentmentMoney { amount currencyCode } }\n    }\n  }\n": {return: FrontdeskOrderEditabilityQuery, variables: FrontdeskOrderEditabilityQueryVariables},
  "#graphql\n  query FrontdeskOrdersPage($first: Int!, $after: String, $query: String) {\n    orders(first: $first, after: $after, query: $query, sortKey: UPDATED_AT) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...FrontdeskOrderMirrorFields\n      }\n    }\n  }\n  #graphql\n  fragment FrontdeskOrderMirrorFields on Order {\n    id\n    name\n    email\n    displayFinancialStatus\n    displayFulfillmentStatus\n    currencyCode\n    tags\n    note\n    cancelledAt\n    cancelReason\n    createdAt\n    updatedAt\n    customer {\n      id\n    }\n    currentSubtotalPriceSet { shopMoney { amount } }\n    currentTotalTaxSet { shopMoney { amount } }\n    currentShippingPriceSet { shopMoney { amount } }\n    currentTotalPriceSet { shopMoney { amount } }\n    totalRefundedSet { shopMoney { amount } }\n    shippingAddress {\n      name\n      address1\n      address2\n      city\n      province\n      provinceCode\n      zip\n      country\n      countryCodeV2\n      phone\n    }\n    lineItems(first: 25) {\n      nodes {\n        id\n        title\n        variantTitle\n        sku\n        quantity\n        currentQuantity\n        unfulfilledQuantity\n        originalUnitPriceSet { shopMoney { amount } }\n        variant { id }\n      }\n    }\n    fulfillments(first: 10) {\n      id\n      status\n      createdAt\n      trackingInfo {\n        company\n        number\n        url\n      }\n    }\n    refunds(first: 10) {\n      id\n      createdAt\n      note\n      totalRefundedSet { shopMoney { amount } }\n    }\n  }\n\n": {return: FrontdeskOrdersPageQuery, variables: FrontdeskOrdersPageQueryVariables},
  "#graphql\n  query FrontdeskOrderForMirror($id: ID!) {\n    order(id: $id) {\n      ...FrontdeskOrderMirrorFields\n    }\n  }\n  #graphql\n  fragment FrontdeskOrderMirrorFields on Order {\n    id\n    name\n    email\n    displayFinancialStatus\n    displayFulfillmentStatus\n    currencyCode\n    tags\n    note\n    cancelledAt\n    cancelReason\n    createdAt\n    updatedAt\n    customer {\n      id\n    }\n    currentSubtotalPriceSet { shopMoney { amount } }\n    currentTotalTaxSet { shopMoney { amount } }\n    currentShippingPriceSet { shopMoney { amount } }\n    currentTotalPriceSet { shopMoney { amount } }\n    totalRefundedSet { shopMoney { amount } }\n    shippingAddress {\n      name\n      address1\n      address2\n      city\n      province\n      provinceCode\n      zip\n      country\n      countryCodeV2\n      phone\n    }\n    lineItems(first: 25) {\n      nodes {\n        id\n        title\n        variantTitle\n        sku\n        quantity\n        currentQuantity\n        unfulfilledQuantity\n        originalUnitPriceSet { shopMoney { amount } }\n        variant { id }\n      }\n    }\n    fulfillments(first: 10) {\n      id\n      status\n      createdAt\n      trackingInfo {\n        company\n        number\n        url\n      }\n    }\n    refunds(first: 10) {\n      id\n      createdAt\n      note\n      totalRefundedSet { shopMoney { amount } }\n    }\n  }\n\n": {return: FrontdeskOrderForMirrorQuery, variables: FrontdeskOrderForMirrorQueryVariables},
  "#graphql\n  query FrontdeskVariantSearch($query: String!) {\n    productVariants(first: 20, query: $query, sortKey: RELEVANCE) {\n      nodes { ...FrontdeskVariantChoice }\n    }\n  }\n  #graphql\n  fragment FrontdeskVariantChoice on ProductVariant {\n    id\n    title\n    sku\n    price\n    inventoryQuantity\n    availableForSale\n    image { url(transform: { maxWidth: 80, maxHeight: 80 }) }\n    product { id title featuredMedia { preview { image { url(transform: { maxWidth: 80, maxHeight: 80 }) } } } }\n  }\n\n": {return: FrontdeskVariantSearchQuery, variables: FrontdeskVariantSearchQueryVariables},
  "#graphql\n  query FrontdeskVariantSiblings($id: ID!) {\n    productVariant(id: $id) {\n      id\n      product { variants(first: 50) { nodes { ...FrontdeskVariantChoice } } }\n    }\n  }\n  #graphql\n  fragment FrontdeskVariantChoice on ProductVariant {\n    id\n    title\n    sku\n    price\n    inventoryQuantity\n    availableForSale\n    image { url(transform: { maxWidth: 80, maxHeight: 80 }) }\n    product { id title featuredMedia { preview { image { url(transform: { maxWidth: 80, maxHeight: 80 }) } } } }\n  }\n\n": {return: FrontdeskVariantSiblingsQuery, variables: FrontdeskVariantSiblingsQueryVariables},
  "#graphql\n  query FrontdeskSuggestedRefund(\n    $id: ID!\n    $refundLineItems: [RefundLineItemInput!]\n    $refundShipping: Boolean\n    $shippingAmount: Money\n    $refundMethodAllocation: RefundMethodAllocation\n    $suggestFullRefund: Boolean\n  ) {\n    order(id: $id) {\n      id\n      presentmentCurrencyCode\n      customer { id }\n      suggestedRefund(\n        refundLineItems: $refundLineItems\n        refundShipping: $refundShipping\n        shippingAmount: $shippingAmount\n        refundMethodAllocation: $refundMethodAllocation\n        suggestFullRefund: $suggestFullRefund\n      ) {\n        amountSet { presentmentMoney { amount currencyCode } }\n        subtotalSet { presentmentMoney { amount currencyCode } }\n        totalTaxSet { presentmentMoney { amount currencyCode } }\n        maximumRefundableSet { presentmentMoney { amount currencyCode } }\n        shipping {\n          amountSet { presentmentMoney { amount currencyCode } }\n          maximumRefundableSet { presentmentMoney { amount currencyCode } }\n        }\n        refundLineItems { quantity restockType lineItem { id } }\n        suggestedTransactions {\n          kind\n          gateway\n          amountSet { presentmentMoney { amount currencyCode } }\n          maximumRefundableSet { presentmentMoney { amount currencyCode } }\n          parentTransaction { id }\n        }\n      }\n    }\n  }\n": {return: FrontdeskSuggestedRefundQuery, variables: FrontdeskSuggestedRefundQueryVariables},
  "#graphql\n  query FrontdeskReturnOptions($orderId: ID!) {\n    order(id: $orderId) {\n      id\n      name\n      cancelledAt\n      presentmentCurrencyCode\n      customer { id }\n      lineItems(first: 25) {\n        nodes {\n          id\n          title\n          variantTitle\n          currentQuantity\n          unfulfilledQuantity\n          image { url altText }\n          product { id tags }\n          variant { id }\n          discountedUnitPriceAfterAllDiscountsSet { shopMoney { amount currencyCode } }\n          suggestedReturnReasonDefinitions(first: 8) { nodes { id handle name deleted } }\n        }\n      }\n    }\n    returnableFulfillments(orderId: $orderId, first: 5) {\n      nodes {\n        id\n        fulfillment { id createdAt deliveredAt }\n        returnableFulfillmentLineItems(first: 30) {\n          nodes {\n            quantity\n            fulfillmentLineItem { id quantity lineItem { id } }\n          }\n        }\n      }\n    }\n    returnReasonDefinitions(first: 40) {\n      nodes { id handle name deleted }\n    }\n  }\n": {return: FrontdeskReturnOptionsQuery, variables: FrontdeskReturnOptionsQueryVariables},
  "#graphql\n  query FrontdeskReturn($id: ID!) {\n    return(id: $id) { ...FrontdeskReturnFields }\n  }\n  #graphql\n  fragment FrontdeskReturnFields on Return {\n    id\n    name\n    status\n    createdAt\n    requestApprovedAt\n    closedAt\n    decline { reason note }\n    order { id }\n    returnLineItems(first: 50) {\n      nodes {\n        id\n        quantity\n        customerNote\n        returnReasonDefinition { id handle name }\n        ... on ReturnLineItem {\n          fulfillmentLineItem { id lineItem { id title variantTitle } }\n        }\n      }\n    }\n  }\n\n": {return: FrontdeskReturnQuery, variables: FrontdeskReturnQueryVariables},
  "#graphql\n  query FrontdeskShopForInstall {\n    shop {\n      name\n      email\n      currencyCode\n      ianaTimezone\n      myshopifyDomain\n    }\n  }\n": {return: FrontdeskShopForInstallQuery, variables: FrontdeskShopForInstallQueryVariables},
  "#graphql\n  query FrontdeskImportTotals($ordersQuery: String!) {\n    customersCount(limit: null) {\n      count\n    }\n    ordersCount(query: $ordersQuery, limit: null) {\n      count\n    }\n  }\n": {return: FrontdeskImportTotalsQuery, variables: FrontdeskImportTotalsQueryVariables},
}

interface GeneratedMutationTypes {
  "#graphql\n  mutation FrontdeskOrderShippingAddressUpdate($input: OrderInput!) {\n    orderUpdate(input: $input) {\n      order {\n        id\n        shippingAddress {\n          firstName\n          lastName\n          company\n          address1\n          address2\n          city\n          province\n          provinceCode\n          zip\n          country\n          countryCodeV2\n          phone\n        }\n      }\n      userErrors { field message }\n    }\n  }\n": {return: FrontdeskOrderShippingAddressUpdateMutation, variables: FrontdeskOrderShippingAddressUpdateMutationVariables},
  "#graphql\n  mutation FrontdeskOrderCancel(\n    $orderId: ID!\n    $reason: OrderCancelReason!\n    $restock: Boolean!\n    $refundMethod: OrderCancelRefundMethodInput\n    $notifyCustomer: Boolean\n    $staffNote: String\n  ) {\n    orderCancel(orderId: $orderId, reason: $reason, restock: $restock, refundMethod: $refundMethod, notifyCustomer: $notifyCustomer, staffNote: $staffNote) {\n      job { id done }\n      orderCancelUserErrors { field message code }\n    }\n  }\n": {return: FrontdeskOrderCancelMutation, variables: FrontdeskOrderCancelMutationVariables},
  "#graphql\n  mutation FrontdeskOrderEditBegin($id: ID!) {\n    orderEditBegin(id: $id) {\n      calculatedOrder { ...FrontdeskCalculatedOrderFields }\n      userErrors { field message }\n    }\n  }\n  #graphql\n  fragment FrontdeskCalculatedLineItemFields on CalculatedLineItem {\n    id\n    title\n    variantTitle\n    sku\n    quantity\n    editableQuantity\n    editableQuantityBeforeChanges\n    originalUnitPriceSet { presentmentMoney { amount currencyCode } }\n    discountedUnitPriceSet { presentmentMoney { amount currencyCode } }\n    editableSubtotalSet { presentmentMoney { amount currencyCode } }\n    uneditableSubtotalSet { presentmentMoney { amount currencyCode } }\n    variant { id }\n    stagedChanges { __typename }\n  }\n\n  fragment FrontdeskCalculatedOrderFields on CalculatedOrder {\n    id\n    originalOrder {\n      id\n      currentTotalPriceSet { presentmentMoney { amount currencyCode } }\n    }\n    lineItems(first: 20) { nodes { ...FrontdeskCalculatedLineItemFields } }\n    addedLineItems(first: 20) { nodes { ...FrontdeskCalculatedLineItemFields } }\n    shippingLines {\n      id\n      title\n      price { presentmentMoney { amount currencyCode } }\n      stagedStatus\n    }\n    subtotalPriceSet { presentmentMoney { amount currencyCode } }\n    taxLines { priceSet { presentmentMoney { amount currencyCode } } }\n    totalPriceSet { presentmentMoney { amount currencyCode } }\n    totalOutstandingSet { presentmentMoney { amount currencyCode } }\n  }\n\n": {return: FrontdeskOrderEditBeginMutation, variables: FrontdeskOrderEditBeginMutationVariables},
  "#graphql\n  mutation FrontdeskOrderEditSetQuantity($id: ID!, $lineItemId: ID!, $quantity: Int!, $restock: Boolean) {\n    orderEditSetQuantity(id: $id, lineItemId: $lineItemId, quantity: $quantity, restock: $restock) {\n      calculatedLineItem { id }\n      calculatedOrder { ...FrontdeskCalculatedOrderFields }\n      userErrors { field message }\n    }\n  }\n  #graphql\n  fragment FrontdeskCalculatedLineItemFields on CalculatedLineItem {\n    id\n    title\n    variantTitle\n    sku\n    quantity\n    editableQuantity\n    editableQuantityBeforeChanges\n    originalUnitPriceSet { presentmentMoney { amount currencyCode } }\n    discountedUnitPriceSet { presentmentMoney { amount currencyCode } }\n    editableSubtotalSet { presentmentMoney { amount currencyCode } }\n    uneditableSubtotalSet { presentmentMoney { amount currencyCode } }\n    variant { id }\n    stagedChanges { __typename }\n  }\n\n  fragment FrontdeskCalculatedOrderFields on CalculatedOrder {\n    id\n    originalOrder {\n      id\n      currentTotalPriceSet { presentmentMoney { amount currencyCode } }\n    }\n    lineItems(first: 20) { nodes { ...FrontdeskCalculatedLineItemFields } }\n    addedLineItems(first: 20) { nodes { ...FrontdeskCalculatedLineItemFields } }\n    shippingLines {\n      id\n      title\n      price { presentmentMoney { amount currencyCode } }\n      stagedStatus\n    }\n    subtotalPriceSet { presentmentMoney { amount currencyCode } }\n    taxLines { priceSet { presentmentMoney { amount currencyCode } } }\n    totalPriceSet { presentmentMoney { amount currencyCode } }\n    totalOutstandingSet { presentmentMoney { amount currencyCode } }\n  }\n\n": {return: FrontdeskOrderEditSetQuantityMutation, variables: FrontdeskOrderEditSetQuantityMutationVariables},
  "#graphql\n  mutation FrontdeskOrderEditAddVariant($id: ID!, $variantId: ID!, $quantity: Int!) {\n    orderEditAddVariant(id: $id, variantId: $variantId, quantity: $quantity, allowDuplicates: false) {\n      calculatedLineItem { id }\n      calculatedOrder { ...FrontdeskCalculatedOrderFields }\n      userErrors { field message }\n    }\n  }\n  #graphql\n  fragment FrontdeskCalculatedLineItemFields on CalculatedLineItem {\n    id\n    title\n    variantTitle\n    sku\n    quantity\n    editableQuantity\n    editableQuantityBeforeChanges\n    originalUnitPriceSet { presentmentMoney { amount currencyCode } }\n    discountedUnitPriceSet { presentmentMoney { amount currencyCode } }\n    editableSubtotalSet { presentmentMoney { amount currencyCode } }\n    uneditableSubtotalSet { presentmentMoney { amount currencyCode } }\n    variant { id }\n    stagedChanges { __typename }\n  }\n\n  fragment FrontdeskCalculatedOrderFields on CalculatedOrder {\n    id\n    originalOrder {\n      id\n      currentTotalPriceSet { presentmentMoney { amount currencyCode } }\n    }\n    lineItems(first: 20) { nodes { ...FrontdeskCalculatedLineItemFields } }\n    addedLineItems(first: 20) { nodes { ...FrontdeskCalculatedLineItemFields } }\n    shippingLines {\n      id\n      title\n      price { presentmentMoney { amount currencyCode } }\n      stagedStatus\n    }\n    subtotalPriceSet { presentmentMoney { amount currencyCode } }\n    taxLines { priceSet { presentmentMoney { amount currencyCode } } }\n    totalPriceSet { presentmentMoney { amount currencyCode } }\n    totalOutstandingSet { presentmentMoney { amount currencyCode } }\n  }\n\n": {return: FrontdeskOrderEditAddVariantMutation, variables: FrontdeskOrderEditAddVariantMutationVariables},
  "#graphql\n  mutation FrontdeskOrderEditAddCustomItem($id: ID!, $title: String!, $price: MoneyInput!, $quantity: Int!, $taxable: Boolean, $requiresShipping: Boolean) {\n    orderEditAddCustomItem(id: $id, title: $title, price: $price, quantity: $quantity, taxable: $taxable, requiresShipping: $requiresShipping) {\n      calculatedLineItem { id }\n      calculatedOrder { ...FrontdeskCalculatedOrderFields }\n      userErrors { field message }\n    }\n  }\n  #graphql\n  fragment FrontdeskCalculatedLineItemFields on CalculatedLineItem {\n    id\n    title\n    variantTitle\n    sku\n    quantity\n    editableQuantity\n    editableQuantityBeforeChanges\n    originalUnitPriceSet { presentmentMoney { amount currencyCode } }\n    discountedUnitPriceSet { presentmentMoney { amount currencyCode } }\n    editableSubtotalSet { presentmentMoney { amount currencyCode } }\n    uneditableSubtotalSet { presentmentMoney { amount currencyCode } }\n    variant { id }\n    stagedChanges { __typename }\n  }\n\n  fragment FrontdeskCalculatedOrderFields on CalculatedOrder {\n    id\n    originalOrder {\n      id\n      currentTotalPriceSet { presentmentMoney { amount currencyCode } }\n    }\n    lineItems(first: 20) { nodes { ...FrontdeskCalculatedLineItemFields } }\n    addedLineItems(first: 20) { nodes { ...FrontdeskCalculatedLineItemFields } }\n    shippingLines {\n      id\n      title\n      price { presentmentMoney { amount currencyCode } }\n      stagedStatus\n    }\n    subtotalPriceSet { presentmentMoney { amount currencyCode } }\n    taxLines { priceSet { presentmentMoney { amount currencyCode } } }\n    totalPriceSet { presentmentMoney { amount currencyCode } }\n    totalOutstandingSet { presentmentMoney { amount currencyCode } }\n  }\n\n": {return: FrontdeskOrderEditAddCustomItemMutation, variables: FrontdeskOrderEditAddCustomItemMutationVariables},
  "#graphql\n  mutation FrontdeskOrderEditAddLineItemDiscount($id: ID!, $lineItemId: ID!, $discount: OrderEditAppliedDiscountInput!) {\n    orderEditAddLineItemDiscount(id: $id, lineItemId: $lineItemId, discount: $discount) {\n      calculatedLineItem { id }\n      calculatedOrder { ...FrontdeskCalculatedOrderFields }\n      userErrors { field message }\n    }\n  }\n  #graphql\n  fragment FrontdeskCalculatedLineItemFields on CalculatedLineItem {\n    id\n    title\n    variantTitle\n    sku\n    quantity\n    editableQuantity\n    editableQuantityBeforeChanges\n    originalUnitPriceSet { presentmentMoney { amount currencyCode } }\n    discountedUnitPriceSet { presentmentMoney { amount currencyCode } }\n    editableSubtotalSet { presentmentMoney { amount currencyCode } }\n    uneditableSubtotalSet { presentmentMoney { amount currencyCode } }\n    variant { id }\n    stagedChanges { __typename }\n  }\n\n  fragment FrontdeskCalculatedOrderFields on CalculatedOrder {\n    id\n    originalOrder {\n      id\n      currentTotalPriceSet { presentmentMoney { amount currencyCode } }\n    }\n    lineItems(first: 20) { nodes { ...FrontdeskCalculatedLineItemFields } }\n    addedLineItems(first: 20) { nodes { ...FrontdeskCalculatedLineItemFields } }\n    shippingLines {\n      id\n      title\n      price { presentmentMoney { amount currencyCode } }\n      stagedStatus\n    }\n    subtotalPriceSet { presentmentMoney { amount currencyCode } }\n    taxLines { priceSet { presentmentMoney { amount currencyCode } } }\n    totalPriceSet { presentmentMoney { amount currencyCode } }\n    totalOutstandingSet { presentmentMoney { amount currencyCode } }\n  }\n\n": {return: FrontdeskOrderEditAddLineItemDiscountMutation, variables: FrontdeskOrderEditAddLineItemDiscountMutationVariables},
  "#graphql\n  mutation FrontdeskOrderEditAddShippingLine($id: ID!, $shippingLine: OrderEditAddShippingLineInput!) {\n    orderEditAddShippingLine(id: $id, shippingLine: $shippingLine) {\n      calculatedOrder { ...FrontdeskCalculatedOrderFields }\n      userErrors { field message }\n    }\n  }\n  #graphql\n  fragment FrontdeskCalculatedLineItemFields on CalculatedLineItem {\n    id\n    title\n    variantTitle\n    sku\n    quantity\n    editableQuantity\n    editableQuantityBeforeChanges\n    originalUnitPriceSet { presentmentMoney { amount currencyCode } }\n    discountedUnitPriceSet { presentmentMoney { amount currencyCode } }\n    editableSubtotalSet { presentmentMoney { amount currencyCode } }\n    uneditableSubtotalSet { presentmentMoney { amount currencyCode } }\n    variant { id }\n    stagedChanges { __typename }\n  }\n\n  fragment FrontdeskCalculatedOrderFields on CalculatedOrder {\n    id\n    originalOrder {\n      id\n      currentTotalPriceSet { presentmentMoney { amount currencyCode } }\n    }\n    lineItems(first: 20) { nodes { ...FrontdeskCalculatedLineItemFields } }\n    addedLineItems(first: 20) { nodes { ...FrontdeskCalculatedLineItemFields } }\n    shippingLines {\n      id\n      title\n      price { presentmentMoney { amount currencyCode } }\n      stagedStatus\n    }\n    subtotalPriceSet { presentmentMoney { amount currencyCode } }\n    taxLines { priceSet { presentmentMoney { amount currencyCode } } }\n    totalPriceSet { presentmentMoney { amount currencyCode } }\n    totalOutstandingSet { presentmentMoney { amount currencyCode } }\n  }\n\n": {return: FrontdeskOrderEditAddShippingLineMutation, variables: FrontdeskOrderEditAddShippingLineMutationVariables},
  "#graphql\n  mutation FrontdeskOrderEditUpdateShippingLine($id: ID!, $shippingLineId: ID!, $shippingLine: OrderEditUpdateShippingLineInput!) {\n    orderEditUpdateShippingLine(id: $id, shippingLineId: $shippingLineId, shippingLine: $shippingLine) {\n      calculatedOrder { ...FrontdeskCalculatedOrderFields }\n      userErrors { field message }\n    }\n  }\n  #graphql\n  fragment FrontdeskCalculatedLineItemFields on CalculatedLineItem {\n    id\n    title\n    variantTitle\n    sku\n    quantity\n    editableQuantity\n    editableQuantityBeforeChanges\n    originalUnitPriceSet { presentmentMoney { amount currencyCode } }\n    discountedUnitPriceSet { presentmentMoney { amount currencyCode } }\n    editableSubtotalSet { presentmentMoney { amount currencyCode } }\n    uneditableSubtotalSet { presentmentMoney { amount currencyCode } }\n    variant { id }\n    stagedChanges { __typename }\n  }\n\n  fragment FrontdeskCalculatedOrderFields on CalculatedOrder {\n    id\n    originalOrder {\n      id\n      currentTotalPriceSet { presentmentMoney { amount currencyCode } }\n    }\n    lineItems(first: 20) { nodes { ...FrontdeskCalculatedLineItemFields } }\n    addedLineItems(first: 20) { nodes { ...FrontdeskCalculatedLineItemFields } }\n    shippingLines {\n      id\n      title\n      price { presentmentMoney { amount currencyCode } }\n      stagedStatus\n    }\n    subtotalPriceSet { presentmentMoney { amount currencyCode } }\n    taxLines { priceSet { presentmentMoney { amount currencyCode } } }\n    totalPriceSet { presentmentMoney { amount currencyCode } }\n    totalOutstandingSet { presentmentMoney { amount currencyCode } }\n  }\n\n": {return: FrontdeskOrderEditUpdateShippingLineMutation, variables: FrontdeskOrderEditUpdateShippingLineMutationVariables},
  "#graphql\n  mutation FrontdeskOrderEditRemoveShippingLine($id: ID!, $shippingLineId: ID!) {\n    orderEditRemoveShippingLine(id: $id, shippingLineId: $shippingLineId) {\n      calculatedOrder { ...FrontdeskCalculatedOrderFields }\n      userErrors { field message }\n    }\n  }\n  #graphql\n  fragment FrontdeskCalculatedLineItemFields on CalculatedLineItem {\n    id\n    title\n    variantTitle\n    sku\n    quantity\n    editableQuantity\n    editableQuantityBeforeChanges\n    originalUnitPriceSet { presentmentMoney { amount currencyCode } }\n    discountedUnitPriceSet { presentmentMoney { amount currencyCode } }\n    editableSubtotalSet { presentmentMoney { amount currencyCode } }\n    uneditableSubtotalSet { presentmentMoney { amount currencyCode } }\n    variant { id }\n    stagedChanges { __typename }\n  }\n\n  fragment FrontdeskCalculatedOrderFields on CalculatedOrder {\n    id\n    originalOrder {\n      id\n      currentTotalPriceSet { presentmentMoney { amount currencyCode } }\n    }\n    lineItems(first: 20) { nodes { ...FrontdeskCalculatedLineItemFields } }\n    addedLineItems(first: 20) { nodes { ...FrontdeskCalculatedLineItemFields } }\n    shippingLines {\n      id\n      title\n      price { presentmentMoney { amount currencyCode } }\n      stagedStatus\n    }\n    subtotalPriceSet { presentmentMoney { amount currencyCode } }\n    taxLines { priceSet { presentmentMoney { amount currencyCode } } }\n    totalPriceSet { presentmentMoney { amount currencyCode } }\n    totalOutstandingSet { presentmentMoney { amount currencyCode } }\n  }\n\n": {return: FrontdeskOrderEditRemoveShippingLineMutation, variables: FrontdeskOrderEditRemoveShippingLineMutationVariables},
  "#graphql\n  mutation FrontdeskOrderEditCommit($id: ID!, $notifyCustomer: Boolean, $staffNote: String) {\n    orderEditCommit(id: $id, notifyCustomer: $notifyCustomer, staffNote: $staffNote) {\n      order {\n        id\n        totalOutstandingSet { presentmentMoney { amount currencyCode } }\n        paymentCollectionDetails { additionalPaymentCollectionUrl }\n      }\n      userErrors { field message }\n    }\n  }\n": {return: FrontdeskOrderEditCommitMutation, variables: FrontdeskOrderEditCommitMutationVariables},
  "#graphql\n  mutation FrontdeskOrderInvoiceSend($id: ID!, $email: EmailInput) {\n    orderInvoiceSend(id: $id, email: $email) {\n      order { id }\n      userErrors { field message }\n    }\n  }\n": {return: FrontdeskOrderInvoiceSendMutation, variables: FrontdeskOrderInvoiceSendMutationVariables},
  "#graphql\n  mutation FrontdeskRefundCreate($input: RefundInput!, $idempotencyKey: String!) {\n    refundCreate(input: $input) @idempotent(key: $idempotencyKey) {\n      refund {\n        id\n        totalRefundedSet { presentmentMoney { amount currencyCode } }\n      }\n      userErrors { field message }\n    }\n  }\n": {return: FrontdeskRefundCreateMutation, variables: FrontdeskRefundCreateMutationVariables},
  "#graphql\n  mutation FrontdeskReturnRequest($input: ReturnRequestInput!) {\n    returnRequest(input: $input) {\n      return { ...FrontdeskReturnFields }\n      userErrors { field message code }\n    }\n  }\n  #graphql\n  fragment FrontdeskReturnFields on Return {\n    id\n    name\n    status\n    createdAt\n    requestApprovedAt\n    closedAt\n    decline { reason note }\n    order { id }\n    returnLineItems(first: 50) {\n      nodes {\n        id\n        quantity\n        customerNote\n        returnReasonDefinition { id handle name }\n        ... on ReturnLineItem {\n          fulfillmentLineItem { id lineItem { id title variantTitle } }\n        }\n      }\n    }\n  }\n\n": {return: FrontdeskReturnRequestMutation, variables: FrontdeskReturnRequestMutationVariables},
  "#graphql\n  mutation FrontdeskReturnApproveRequest($id: ID!) {\n    returnApproveRequest(input: { id: $id, notifyCustomer: false }) {\n      return { ...FrontdeskReturnFields }\n      userErrors { field message code }\n    }\n  }\n  #graphql\n  fragment FrontdeskReturnFields on Return {\n    id\n    name\n    status\n    createdAt\n    requestApprovedAt\n    closedAt\n    decline { reason note }\n    order { id }\n    returnLineItems(first: 50) {\n      nodes {\n        id\n        quantity\n        customerNote\n        returnReasonDefinition { id handle name }\n        ... on ReturnLineItem {\n          fulfillmentLineItem { id lineItem { id title variantTitle } }\n        }\n      }\n    }\n  }\n\n": {return: FrontdeskReturnApproveRequestMutation, variables: FrontdeskReturnApproveRequestMutationVariables},
  "#graphql\n  mutation FrontdeskReturnDeclineRequest($id: ID!, $reason: ReturnDeclineReason!, $note: String) {\n    returnDeclineRequest(input: { id: $id, declineReason: $reason, declineNote: $note, notifyCustomer: false }) {\n      return { ...FrontdeskReturnFields }\n      userErrors { field message code }\n    }\n  }\n  #graphql\n  fragment FrontdeskReturnFields on Return {\n    id\n    name\n    status\n    createdAt\n    requestApprovedAt\n    closedAt\n    decline { reason note }\n    order { id }\n    returnLineItems(first: 50) {\n      nodes {\n        id\n        quantity\n        customerNote\n        returnReasonDefinition { id handle name }\n        ... on ReturnLineItem {\n          fulfillmentLineItem { id lineItem { id title variantTitle } }\n        }\n      }\n    }\n  }\n\n": {return: FrontdeskReturnDeclineRequestMutation, variables: FrontdeskReturnDeclineRequestMutationVariables},
}
declare module '@shopify/admin-api-client' {
  type InputMaybe<T> = AdminTypes.InputMaybe<T>;
  interface AdminQueries extends GeneratedQueryTypes {}
  interface AdminMutations extends GeneratedMutationTypes {}
}
