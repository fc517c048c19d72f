import type { Prisma } from "@prisma/client";
import prisma from "~/db.server";
import { createI18n, type Locale } from "~/i18n";
import { findShopperOrder, type ShopperOrderForReturn } from "~/models/order.server";
import { claimReturnRequest, countCustomerReturns, releaseReturnClaim, type ReturnLine, type StoredReturn } from "~/models/return.server";
import { getShop } from "~/models/shop.server";
import type { ReturnResolution } from "~/schemas/returns-policy";
import { parseShopSettings } from "~/schemas/shop-settings";
import type { AdminClient } from "~/shopify/admin-client.server";
import { toGid } from "~/shopify/gid";
import { fetchReturnOptions, requestReturn } from "~/shopify/returns.server";
import type { CurrencyCode } from "~/types/admin.types";
import { recordInboundMessage } from "../intake/record-inbound-message.server";
import { runTicketActions } from "../tickets/change-tickets.server";
import { applyReturnState, replyAboutReturn } from "./change-return.server";
import { decideAutoApproval, isWithinCustomerLimit } from "./return-eligibility";
import { allocateReturnQuantity, buildReturnOptions, type ReturnOptions } from "./return-options";

// A signed-in shopper's return request, from the storefront: checked against what Shopify says
// the order can return and the shop's policy, asked of Shopify (returnRequest), then put on the
// shopper's ticket through the one intake, with their photos, and answered with a confirmation
// from the ticket. Approved at once when the policy's auto-approval allows it.

/** Photos a shopper may attach to a request, and how large each may be. */
export const RETURN_PHOTOS = { max: 5, maxBytes: 5 * 1024 * 1024 } as const;

/** The most of a shopper's note Shopify keeps on a return line (`ReturnRequestLineItemInput.customerNote`). */
const MAX_SHOPIFY_NOTE = 300;

export interface ReturnPhoto {
  filename: string;
  content: Uint8Array;
}

export interface ReturnRequestForm {
  /** Made once per form shown: the same form submitted twice asks Shopify once. */
  requestKey: string;
  lines: Array<{ lineItemId: string; quantity: number; reasonId: string }>;
  resolution: ReturnResolution;
  note: string;
  photos: ReturnPhoto[];
}

/** What the form got wrong, by the field it shows it at, as keys of `storefront.returns.errors`. */
export type ReturnRequestErrors = Record<string, string>;

export type ReturnRequestOutcome =
  | { outcome: "requested" | "already_requested"; request: StoredReturn }
  /** The same form is being sent to Shopify right now (a double press): its answer is not in yet. */
  | { outcome: "sending"; request: StoredReturn }
  /** Shopify did not answer: it may have taken the request; the shopper hears by email if so. */
  | { outcome: "unconfirmed" }
  | { outcome: "invalid"; errors: ReturnRequestErrors }
  /** Shopify refused it (its messages, in its words), or was not there to ask. */
  | { outcome: "refused"; messages: string[] }
  | { outcome: "not_found" };

/** The image formats a photo may be, by the bytes it starts with: the browser's name for a file proves nothing. */
export function imageTypeOf(content: Uint8Array): string | null {
  const starts = (...bytes: number[]) => bytes.every((byte, index) => content[index] === byte);
  const ascii = (from: number, text: string) => [...text].every((character, index) => content[from + index] === character.charCodeAt(0));
  if (starts(0xff, 0xd8, 0xff)) return "image/jpeg";
  if (starts(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)) return "image/png";
  if (ascii(0, "GIF8")) return "image/gif";
  if (ascii(0, "RIFF") && ascii(8, "WEBP")) return "image/webp";
  if (ascii(4, "ftyp") && ["heic", "heix", "mif1"].some((brand) => ascii(8, brand))) return "image/heic";
  return null;
}

/** The order a signed-in shopper may return from, what it can return and the policy; null when it is not theirs. */
export async function getShopperReturnOptions(context: { shop: string; admin: AdminClient; shopifyCustomerId: bigint; orderId: string; locale: Locale; now?: Date }) {
  const order = await findShopperOrder(context.shop, context.shopifyCustomerId, context.orderId);
  if (!order?.customer) return null;
  const shop = await getShop(context.shop);
  const policy = parseShopSettings(shop?.settings).returns;
  const data = await fetchReturnOptions(context.admin, toGid("Order", order.shopifyId), context.locale);
  // Shopify's word, not only the mirror's: the order is still this shopper's.
  if (data.order?.customer?.id !== toGid("Customer", context.shopifyCustomerId)) return null;
  const options = buildReturnOptions(data, policy, { now: context.now ?? new Date(), timeZone: shop?.timezone ?? "UTC" });
  if (!options) return null;
  // Exchanges need the replacement's stock and price difference settled: not offered yet.
  const resolutions = policy.resolutions.filter((resolution) => resolution !== "exchange");
  return { order, policy, options, resolutions, timeZone: shop?.timezone ?? "UTC", presentmentCurrencyCode: data.order.presentmentCurrencyCode as string };
}

function checkForm(form: ReturnRequestForm, options: ReturnOptions, resolutions: ReturnResolution[]) {
  const errors: ReturnRequestErrors = {};
  const lines: ReturnLine[] = [];
  const allocations: Array<{ fulfillmentLineItemId: string; quantity: number; returnReasonDefinitionId: string }> = [];
  const chosen = form.lines.filter((line) => line.quantity > 0);
  if (!chosen.length) errors.lines = "choose_item";
  for (const choice of chosen) {
    const line = options.lines.find((candidate) => candidate.lineItemId === choice.lineItemId);
    const allocation = line ? allocateReturnQuantity(line, choice.quantity) : null;
    if (!line || !allocation) {
      errors[`line:${choice.lineItemId}`] = "quantity";
      continue;
    }
    const reason = line.reasons.find((candidate) => candidate.id === choice.reasonId);
    if (!reason) {
      errors[`reason:${choice.lineItemId}`] = "reason";
      continue;
    }
    for (const part of allocation) {
      allocations.push({ ...part, returnReasonDefinitionId: reason.id });
      lines.push({
        fulfillmentLineItemId: part.fulfillmentLineItemId,
        lineItemId: line.lineItemId,
        title: line.title,
        variantTitle: line.variantTitle,
        quantity: part.quantity,
        reasonId: reason.id,
        reasonHandle: reason.handle,
        reasonName: reason.name,
        unitPrice: line.unitPrice,
        currencyCode: line.currencyCode,
      });
    }
  }
  if (!resolutions.includes(form.resolution)) errors.resolution = "resolution";
  if (form.photos.length > RETURN_PHOTOS.max) errors.photos = "too_many_photos";
  else if (form.photos.some((photo) => photo.content.byteLength > RETURN_PHOTOS.maxBytes)) errors.photos = "photo_too_large";
  else if (form.photos.some((photo) => !imageTypeOf(photo.content))) errors.photos = "not_an_image";
  return { errors, lines, allocations };
}

/** The message a request puts on the ticket: what the shopper asked for, in their words and language. */
export function requestMessage(orderName: string, request: Pick<StoredReturn, "lines" | "resolution" | "customerNote">, locale: Locale) {
  const { t } = createI18n(locale);
  const items = request.lines.map((line) => `- ${line.title}${line.variantTitle ? ` (${line.variantTitle})` : ""} × ${line.quantity}: ${line.reasonName ?? ""}`).join("\n");
  const text = [
    t("returnRequest.intro", { order: orderName }),
    items,
    request.resolution ? t("returnRequest.resolution", { resolution: t(`returnsPolicy.resolutions.${request.resolution}`) }) : "",
    request.customerNote ? `${t("returnRequest.note")}\n${request.customerNote}` : "",
  ]
    .filter(Boolean)
    .join("\n\n");
  return { subject: t("returnRequest.subject", { order: orderName }), text };
}

/** Who asked, as the intake takes them: Shopify signed them in. */
export interface ReturnRequester {
  email: string;
  name: string | null;
  shopifyCustomerId: string;
}

/**
 * Everything after Shopify accepted a shopper's request: their message (with its photos) onto
 * their ticket through the intake, the return linked to it, and the confirmation reply. Each step
 * is keyed by the request, so it may run again when an earlier run stopped halfway: from the
 * same form sent again, or from the returns/request webhook (without the photos, which only the
 * form carried). Answers the request on its ticket.
 */
export async function finishReturnRequest(
  shop: string,
  request: StoredReturn,
  context: { orderName: string; requester: ReturnRequester; locale: Locale; photos: ReturnPhoto[]; at: Date },
): Promise<StoredReturn> {
  const message = requestMessage(context.orderName, request, context.locale);
  const intake = await recordInboundMessage(shop, {
    channel: "RETURNS_PORTAL",
    sender: { email: context.requester.email, name: context.requester.name, identity: { kind: "signed_in", shopifyCustomerId: context.requester.shopifyCustomerId } },
    subject: message.subject,
    text: message.text,
    html: null,
    attachments: context.photos.map((photo) => ({ filename: photo.filename, contentType: imageTypeOf(photo.content)!, size: photo.content.byteLength, contentId: null, content: photo.content })),
    externalId: `return-request-${request.id}@frontdesk.invalid`,
    sentAt: context.at,
    thread: { answers: [], ticketNumber: null, orderNames: [context.orderName], joinsOpenTicket: true, returnId: request.id },
  });
  const onTicket = { ...request, ticketId: intake.ticketId };
  await prisma.$transaction((tx: Prisma.TransactionClient) => replyAboutReturn(tx, shop, onTicket, { type: "system" }));
  return onTicket;
}

/**
 * A signed-in shopper's return request for one of their orders (docs/decisions/023). Refused
 * before Shopify is asked when the lines, reasons, resolution or photos are not allowed, or the
 * customer has reached the shop's limit; asked once per `requestKey`.
 */
export async function requestShopperReturn(
  context: { shop: string; admin: AdminClient; shopifyCustomerId: bigint; orderId: string; locale: Locale; now?: Date },
  form: ReturnRequestForm,
): Promise<ReturnRequestOutcome> {
  const found = await getShopperReturnOptions(context);
  if (!found) return { outcome: "not_found" };
  const { order, policy, options, resolutions } = found;
  const customer = order.customer!;
  const now = context.now ?? new Date();
  const { errors, lines, allocations } = checkForm(form, options, resolutions);
  if (!customer.email) errors.form = "no_email";
  const history = await countCustomerReturns(context.shop, customer.id, new Date(now.getTime() - policy.limitDays * 86_400_000));
  if (!isWithinCustomerLimit(policy, history.requestsSince)) errors.form = "limit_reached";
  if (Object.keys(errors).length) return { outcome: "invalid", errors };

  const requester: ReturnRequester = { email: customer.email!, name: [customer.firstName, customer.lastName].filter(Boolean).join(" ") || null, shopifyCustomerId: String(context.shopifyCustomerId) };
  const { claimed, request } = await claimReturnRequest(context.shop, { requestKey: form.requestKey, orderId: order.id, customerId: customer.id, resolution: form.resolution, lines, customerNote: form.note || null });
  if (!claimed) {
    // The same form sent again: this shopper's own request, never someone else's.
    if (request.customerId !== customer.id || request.orderId !== order.id) return { outcome: "invalid", errors: { form: "expired" } };
    if (request.shopifyId === null) return { outcome: "sending", request };
    const finished = request.ticketId ? request : await finishReturnRequest(context.shop, request, { orderName: order.name, requester, locale: context.locale, photos: form.photos, at: now });
    return { outcome: "already_requested", request: finished };
  }

  // Fees are kept from a refund only: credit and exchanges are the shop's to favour. The return
  // shipping fee is in the order's currency (Shopify reads it so): asked only when that is the shop's.
  const isRefund = form.resolution === "refund";
  const chargesShipping = isRefund && policy.returnShippingFee > 0 && found.presentmentCurrencyCode === order.currencyCode;
  let answer;
  try {
    answer = await requestReturn(context.admin, {
      orderId: toGid("Order", order.shopifyId),
      returnLineItems: allocations.map((allocation) => ({
        ...allocation,
        // Shopify keeps 300 characters of it; the whole note is in the shopper's message.
        customerNote: form.note ? form.note.slice(0, MAX_SHOPIFY_NOTE) : null,
        ...(isRefund && policy.restockingFeePercent > 0 ? { restockingFee: { percentage: policy.restockingFeePercent } } : {}),
      })),
      ...(chargesShipping ? { returnShippingFee: { amount: { amount: String(policy.returnShippingFee), currencyCode: order.currencyCode as CurrencyCode } } } : {}),
    });
  } catch (error) {
    // Shopify may have made it and the answer was lost: the claim stays, and the returns/request
    // webhook finishes it (syncShopifyReturn). The shopper is told it is not confirmed yet.
    console.error(`Return request for ${order.name} in ${context.shop} got no answer from Shopify:`, error instanceof Error ? error.message : error);
    return { outcome: "unconfirmed" };
  }
  if (!answer.ok) {
    await releaseReturnClaim(context.shop, request.id);
    return { outcome: "refused", messages: answer.userErrors.map((error) => error.message) };
  }
  const requested = (await applyReturnState(context.shop, request.id, answer.return, { actor: { type: "customer", customerId: customer.id }, tellCustomer: false })) ?? request;
  const onTicket = await finishReturnRequest(context.shop, requested, { orderName: order.name, requester, locale: context.locale, photos: form.photos, at: now });

  const approval = decideAutoApproval(policy, {
    orderTotal: Number(order.total),
    reasons: lines.map((line) => line.reasonHandle ?? ""),
    customerTags: customer.tags,
    customerOrders: customer.ordersCount,
    customerReturnedOrders: history.returnedOrders,
  });
  if (approval.isApproved) {
    const run = await runTicketActions({ shop: context.shop, admin: context.admin }, onTicket.ticketId!, [{ type: "return_action", returnId: request.id, change: { type: "approve" } }], { type: "system" });
    const approved = run.returns[0];
    if (approved?.ok) return { outcome: "requested", request: approved.value };
  }
  return { outcome: "requested", request: onTicket };
}
