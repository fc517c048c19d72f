import { updateOrderShippingAddress } from "~/shopify/order-address.server";
import { fetchOrderForMirror } from "~/shopify/orders.server";
import { failure, fromUserErrors, notFound } from "./order-action-errors";
import { runOrderAction } from "./run-order-action.server";
import { ShippingAddressSchema } from "./shipping-address-schema";
import type { ChangeOrderAddressInput, ChangeOrderAddressValue, OrderActionResult, ShippingAddressInput } from "./types";

/**
 * Changes where a ticket's order ships, unless it has shipped or is cancelled. The address is
 * checked first (INVALID with `fieldErrors`), then by Shopify (its userErrors, verbatim). The
 * activity keeps the old address and the new one.
 */
export async function changeOrderAddress(input: ChangeOrderAddressInput): Promise<OrderActionResult<ChangeOrderAddressValue>> {
  const parsed = ShippingAddressSchema.safeParse(input.address);
  if (!parsed.success) {
    const fieldErrors = parsed.error.flatten().fieldErrors as Record<string, string[]>;
    return failure("INVALID", [...new Set(Object.values(fieldErrors).flat())], fieldErrors);
  }
  const { province, provinceCode, ...rest } = parsed.data;
  const address: ShippingAddressInput = { ...rest, ...(provinceCode || province ? { provinceCode: provinceCode ?? province } : {}) };
  const { admin } = input;
  return runOrderAction<ChangeOrderAddressValue>(input, {
    kind: "order_address_changed",
    idempotencyKey: input.idempotencyKey,
    input: { address: { ...address } },
    perform: async (target) => {
      const order = await fetchOrderForMirror(admin, target.orderGid);
      if (!order) return notFound();
      if (order.cancelledAt) return failure("INVALID", [`Order ${order.name} is cancelled, so its address can't be changed.`]);
      if (order.displayFulfillmentStatus === "FULFILLED") return failure("INVALID", [`Order ${order.name} has already been fulfilled, so its address can't be changed.`]);
      const updated = await updateOrderShippingAddress(admin, target.orderGid, address);
      if (!updated.ok) return fromUserErrors(updated.userErrors);
      return {
        ok: true,
        value: { previousAddress: order.shippingAddress, shippingAddress: updated.shippingAddress },
        activity: { from: order.shippingAddress, to: updated.shippingAddress },
      };
    },
  });
}
