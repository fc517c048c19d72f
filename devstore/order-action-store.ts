import { GraphQLError } from "graphql";
import type { Order, ProductVariant } from "./objects.ts";
import type { DevstoreState } from "./state.ts";
import type { WebhookDelivery, WebhookRequest } from "./webhooks.ts";
import type { EditSession } from "./order-edits.ts";

// What the order-action mutations keep between requests, per shop, as Shopify keeps it server-side:
// open order edits, idempotency keys, cancel jobs, sent invoices. Also the webhook queue they feed.

export interface UserError {
  field: string[] | null;
  message: string;
  code?: string;
}

export interface IdempotentRecord {
  fingerprint: string;
  status: "pending" | "done";
  refundId?: string;
}

export interface CancelJob {
  id: string;
  orderId: string;
  done: boolean;
  status: "STARTED" | "SUCCEEDED" | "FAILED";
  errors: UserError[];
  /** Runs the cancellation; set until it has run. */
  run?: () => void;
  dueAt: number;
}

export interface ShopActions {
  edits: Map<string, EditSession>;
  idempotency: Map<string, IdempotentRecord>;
  jobs: Map<string, CancelJob>;
  invoices: Array<{ orderId: string; to: string; subject: string | null; customMessage: string | null; sentAt: string }>;
}

export interface OrderActionStore {
  state: DevstoreState;
  forShop(shop: string): ShopActions;
  /** Queues webhooks, sent in order after the mutation has answered, as Shopify sends them. */
  notify(shop: string, topics: Array<[string, unknown]>): void;
  /** Resolves once every queued webhook has been sent. */
  settled(): Promise<WebhookDelivery[]>;
  /** How long a cancel job runs before it is done. */
  cancelDelayMs: number;
  /** How long a refund spends at the payment gateway (lets two identical requests overlap). */
  gatewayDelayMs: number;
}

export function createOrderActionStore(
  state: DevstoreState,
  deliver: (request: WebhookRequest) => Promise<WebhookDelivery[]>,
  options: { cancelDelayMs?: number; gatewayDelayMs?: number } = {},
): OrderActionStore {
  const shops = new Map<string, ShopActions>();
  let queue: Promise<WebhookDelivery[]> = Promise.resolve([]);
  return {
    state,
    forShop(shop) {
      let actions = shops.get(shop);
      if (!actions) shops.set(shop, (actions = { edits: new Map(), idempotency: new Map(), jobs: new Map(), invoices: [] }));
      return actions;
    },
    notify(shop, topics) {
      queue = queue.then(async (sent) => {
        for (const [topic, payload] of topics) {
          try {
            sent.push(...(await deliver({ shop, topic, payload })));
          } catch {
            // A topic the app does not subscribe to is not delivered, as with Shopify.
          }
        }
        return sent;
      });
    },
    settled: () => queue,
    cancelDelayMs: options.cancelDelayMs ?? 200,
    gatewayDelayMs: options.gatewayDelayMs ?? 25,
  };
}

export const userError = (field: string[] | null, message: string, code?: string): UserError => (code ? { field, message, code } : { field, message });

/** Shopify's money format for the shop (`${{amount}}`, `¥{{amount_no_decimals}}`…) applied to an amount in minor units. */
export function formatShopMoney(format: string, minor: number, digits: number): string {
  const amount = (minor / 10 ** digits).toFixed(digits);
  return format.replace(/\{\{\s*(\w+)\s*\}\}/, (_, kind: string) => (kind.includes("no_decimals") ? String(Math.round(minor / 10 ** digits)) : amount));
}

/** Adds `delta` units to a variant's stock (and its product's total), as restocking and selling do. */
export function adjustInventory(variant: ProductVariant | null, delta: number): void {
  if (!variant || delta === 0) return;
  variant.inventoryQuantity += delta;
  variant.product.totalInventory += delta;
}

/** Shopify's answer when a request runs a mutation without the scope it needs. */
export function accessDenied(field: string, scope: string): GraphQLError {
  return new GraphQLError(`Access denied for ${field} field. Required access: \`${scope}\` access scope.`, {
    extensions: { code: "ACCESS_DENIED", documentation: "https://shopify.dev/api/usage/access-scopes", requiredAccess: `\`${scope}\` access scope.` },
  });
}

/**
 * A staff member acting through an online token without the admin permission the action needs.
 * Guessed wording (no recorded Shopify response): Shopify's scope message, then the permission.
 */
export function staffAccessDenied(field: string, scope: string, permission: StaffPermission): GraphQLError {
  return new GraphQLError(`Access denied for ${field} field. Required access: \`${scope}\` access scope. Also: The user must have the ${permission} permission.`, {
    extensions: { code: "ACCESS_DENIED", documentation: "https://help.shopify.com/manual/your-account/users/roles/permissions", requiredAccess: `\`${scope}\` access scope and the user's ${permission} permission.` },
  });
}

/** Staff permissions the devstore checks on order actions (Shopify admin's "Edit orders", "Refund orders", "Manage order information"). */
export const STAFF_PERMISSIONS = ["EDIT_ORDERS", "REFUND_ORDERS", "MANAGE_ORDERS"] as const;
export type StaffPermission = (typeof STAFF_PERMISSIONS)[number];

export function isFulfilled(order: Order): boolean {
  return order.lineItems.some((item) => item.currentQuantity - item.unfulfilledQuantity > 0);
}
