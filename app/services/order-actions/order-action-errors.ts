import { AdminApiError } from "~/shopify/admin-client.server";
import type { UserError } from "~/shopify/order-edits.server";
import type { OrderActionErrorCode } from "./types";

// The failures every order action answers the same way.

export type OrderActionFailure = { ok: false; code: OrderActionErrorCode; errors: string[]; fieldErrors?: Record<string, string[]> };

export const failure = (code: OrderActionErrorCode, errors: string[], fieldErrors?: Record<string, string[]>): OrderActionFailure =>
  fieldErrors ? { ok: false, code, errors, fieldErrors } : { ok: false, code, errors };

export const notFound = () => failure("NOT_FOUND", ["This ticket or order was not found in this shop."]);

/** Shopify's userErrors, verbatim. */
export const fromUserErrors = (userErrors: UserError[]) => failure("USER_ERRORS", userErrors.map((error) => error.message));

const SCOPE_WORDS: Record<string, string> = {
  write_order_edits: "edit orders",
  read_order_edits: "see order edits",
  write_orders: "change, refund and cancel orders",
  read_orders: "see orders",
  read_all_orders: "see orders older than 60 days",
  read_products: "see products",
  read_customers: "see customers",
};

/** The plain sentence an agent sees when Shopify denies access, naming the missing access. */
export function accessDeniedMessage(scope: string | null): string {
  if (!scope) return "Shopify refused access for this action. Ask the store owner to check the app's access and your staff permissions.";
  return `Frontdesk needs permission to ${SCOPE_WORDS[scope] ?? `use ${scope}`} (${scope}). Ask the store owner to update the app's access.`;
}

const PERMISSION_WORDS: Record<string, string> = {
  EDIT_ORDERS: "edit orders",
  REFUND_ORDERS: "refund orders",
  MANAGE_ORDERS: "change or cancel orders",
};

/** The plain sentence an agent sees when their own Shopify staff permissions do not allow the action. */
export function staffPermissionMessage(permission: string): string {
  return `Your Shopify staff account is not allowed to ${PERMISSION_WORDS[permission] ?? permission.toLowerCase().replace(/_/g, " ")}. Ask the store owner to give you that permission in Shopify (Settings → Users).`;
}

/** ACCESS_DENIED as a failure the agent can read; null for any other error (which is a bug or an outage). */
export function fromAdminError(error: unknown): OrderActionFailure | null {
  if (!(error instanceof AdminApiError) || error.code !== "ACCESS_DENIED") return null;
  return failure("ACCESS_DENIED", [error.staffPermission ? staffPermissionMessage(error.staffPermission) : accessDeniedMessage(error.requiredScope)]);
}

/** The answer when Shopify did not answer: nothing is known, so nothing is retried blindly. */
export const unavailable = () =>
  failure("UNAVAILABLE", ["Shopify did not answer, so this may or may not have happened. Look at the order and the ticket's timeline before you try again."]);

/** The answer to an action confirmed on a view of the order that is out of date. */
export const orderChanged = () => failure("STALE", ["The order changed since you opened it. Look at it again before you confirm."]);
