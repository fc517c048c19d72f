import type { FrontdeskOrderShippingAddressUpdateMutation } from "~/types/admin.generated";
import { runAdminOperation, type AdminClient } from "./admin-client.server";
import type { UserError } from "./order-edits.server";

const ORDER_SHIPPING_ADDRESS_UPDATE = `#graphql
  mutation FrontdeskOrderShippingAddressUpdate($input: OrderInput!) {
    orderUpdate(input: $input) {
      order {
        id
        shippingAddress {
          firstName
          lastName
          company
          address1
          address2
          city
          province
          provinceCode
          zip
          country
          countryCodeV2
          phone
        }
      }
      userErrors { field message }
    }
  }
`;

export interface MailingAddressInput {
  firstName?: string;
  lastName: string;
  company?: string;
  address1: string;
  address2?: string;
  city: string;
  provinceCode?: string;
  zip?: string;
  countryCode: string;
  phone?: string;
}

type UpdatedOrder = NonNullable<NonNullable<FrontdeskOrderShippingAddressUpdateMutation["orderUpdate"]>["order"]>;

export type ShippingAddressUpdateResult = { ok: true; shippingAddress: UpdatedOrder["shippingAddress"] } | { ok: false; userErrors: UserError[] };

/** Sets the order's shipping address (orderUpdate); Shopify checks it field by field. */
export async function updateOrderShippingAddress(admin: AdminClient, orderGid: string, shippingAddress: MailingAddressInput): Promise<ShippingAddressUpdateResult> {
  const data = await runAdminOperation<FrontdeskOrderShippingAddressUpdateMutation>(admin, ORDER_SHIPPING_ADDRESS_UPDATE, { input: { id: orderGid, shippingAddress } });
  const payload = data.orderUpdate;
  if (!payload) throw new Error("Expected orderUpdate to answer a payload");
  if (payload.userErrors.length > 0) return { ok: false, userErrors: payload.userErrors };
  if (!payload.order) throw new Error("Expected orderUpdate to answer the order or userErrors");
  return { ok: true, shippingAddress: payload.order.shippingAddress };
}
