import {
  execute,
  getNamedType,
  getOperationAST,
  GraphQLError,
  isListType,
  isNonNullType,
  parse,
  validate,
  type DocumentNode,
  type GraphQLFieldResolver,
} from "graphql";
import { ADMIN_API_VERSION } from "../app/shopify/api-version.ts";
import { isSearchableType, selectItems } from "./collections.ts";
import { paginate, type ConnectionArgs } from "./connection.ts";
import { formatExecutionError, formatSyntaxError, formatValidationError, type ShopifyGraphqlError } from "./graphql-errors.ts";
import { toCount, toGid } from "./objects.ts";
import { accessDenied, type OrderActionStore } from "./order-action-store.ts";
import { COMPUTED_FIELDS, createOrderMutationRoot, findJob } from "./order-mutations.ts";
import { calculateActualCost, calculateRequestedCost } from "./query-cost.ts";
import { createReturnMutationRoot } from "./return-mutations.ts";
import { findReasonSeed, listReasonDefinitions, listReturnableFulfillments, pickReasonLanguage, RETURN_FIELDS, toReasonDefinition, toReturnableFulfillment } from "./returns.ts";
import { loadAdminSchema } from "./schema.ts";
import { findCustomer, findNode, findOrder, findProduct, findReturn, getShop, type DevstoreState } from "./state.ts";
import type { Fulfillment, Order } from "./objects.ts";
import type { CostBucket, ThrottleStatus } from "./throttle.ts";

export const MAX_SINGLE_QUERY_COST = 1000;

export interface GraphqlContext {
  state: DevstoreState;
  shop: string;
  scopes: string[];
  appInstallation: { apiKey: string; title: string; handle: string; appUrl: string };
  /** Set for an online token: the admin permissions of the staff member it acts as. */
  staffPermissions?: ReadonlyArray<"EDIT_ORDERS" | "REFUND_ORDERS" | "MANAGE_ORDERS">;
  /** Order edits, idempotency keys and jobs kept between requests; without it, order mutations are not implemented. */
  orderActions?: OrderActionStore;
  /** The request's Accept-Language header: the language of localized names (return reasons). */
  acceptLanguage?: string;
}

export interface GraphqlRequestBody {
  query?: unknown;
  variables?: unknown;
  operationName?: unknown;
}

export interface GraphqlResponse {
  data?: unknown;
  errors?: ShopifyGraphqlError[];
  extensions?: { cost: { requestedQueryCost: number; actualQueryCost: number | null; throttleStatus: ThrottleStatus } };
}

function requireScope(context: GraphqlContext, field: string, scope: string): void {
  if (context.scopes.includes(scope)) return;
  throw accessDenied(field, scope);
}

function countWithLimit(count: number, limit: number | null | undefined) {
  if (limit != null && count > limit) return { ...toCount(limit), precision: "AT_LEAST" as const };
  return toCount(count);
}

type ListArgs = ConnectionArgs & { query?: string | null; sortKey?: string | null };

/** The QueryRoot's fields for one shop: functions graphql-js calls with the field's arguments. */
function createQueryRoot(context: GraphqlContext) {
  const { state, shop: domain } = context;
  const shop = () => getShop(state, domain);
  const variants = () => shop().products.flatMap((product) => product.variants);
  // Return reasons are one library for every shop, so their ids resolve anywhere.
  const findAnyNode = (id: string) => {
    const reason = findReasonSeed(id);
    return reason ? toReasonDefinition(reason, pickReasonLanguage(context.acceptLanguage)) : findNode(state, domain, id);
  };
  return {
    shop: () => shop().shop,
    orders: (args: ListArgs) => {
      requireScope(context, "orders", "read_orders");
      return paginate(selectItems("Order", shop().orders, args), args);
    },
    order: (args: { id: string }) => {
      requireScope(context, "order", "read_orders");
      return findOrder(state, domain, args.id);
    },
    ordersCount: (args: { query?: string | null; limit?: number | null }) => {
      requireScope(context, "ordersCount", "read_orders");
      return countWithLimit(selectItems("Order", shop().orders, args).length, args.limit);
    },
    customers: (args: ListArgs) => {
      requireScope(context, "customers", "read_customers");
      return paginate(selectItems("Customer", shop().customers, args), args);
    },
    customer: (args: { id: string }) => {
      requireScope(context, "customer", "read_customers");
      return findCustomer(state, domain, args.id);
    },
    customersCount: (args: { query?: string | null; limit?: number | null }) => {
      requireScope(context, "customersCount", "read_customers");
      return countWithLimit(selectItems("Customer", shop().customers, args).length, args.limit);
    },
    products: (args: ListArgs) => {
      requireScope(context, "products", "read_products");
      return paginate(selectItems("Product", shop().products, args), args);
    },
    product: (args: { id: string }) => {
      requireScope(context, "product", "read_products");
      return findProduct(state, domain, args.id);
    },
    productsCount: (args: { query?: string | null; limit?: number | null }) => {
      requireScope(context, "productsCount", "read_products");
      return countWithLimit(selectItems("Product", shop().products, args).length, args.limit);
    },
    productVariants: (args: ListArgs) => {
      requireScope(context, "productVariants", "read_products");
      return paginate(selectItems("ProductVariant", variants(), args), args);
    },
    productVariant: (args: { id: string }) => {
      requireScope(context, "productVariant", "read_products");
      const node = findNode(state, domain, args.id);
      return node?.__typename === "ProductVariant" ? node : null;
    },
    staffMember: (args: { id?: string | null }) => {
      requireScope(context, "staffMember", "read_users");
      return args.id ? shop().staff.find((member) => member.id === args.id) ?? null : shop().shop.accountOwner;
    },
    staffMembers: (args: ConnectionArgs) => {
      requireScope(context, "staffMembers", "read_users");
      return paginate(shop().staff, args);
    },
    locations: (args: ConnectionArgs & { includeInactive?: boolean | null }) => {
      requireScope(context, "locations", "read_locations");
      return paginate(shop().locations.filter((location) => args.includeInactive || location.isActive), args);
    },
    node: (args: { id: string }) => findAnyNode(args.id),
    job: (args: { id: string }) => {
      const job = context.orderActions ? findJob(context.orderActions, domain, args.id) : null;
      return job && { ...job, query: createQueryRoot(context) };
    },
    nodes: (args: { ids: string[] }) => args.ids.map(findAnyNode),
    returnReasonDefinitions: (args: Parameters<typeof listReasonDefinitions>[0]) => listReasonDefinitions(args, context),
    returnableFulfillments: (args: ConnectionArgs & { orderId: string }) => {
      requireScope(context, "returnableFulfillments", "read_orders");
      return listReturnableFulfillments(findOrder(state, domain, args.orderId), args, context);
    },
    returnableFulfillment: (args: { id: string }) => {
      requireScope(context, "returnableFulfillment", "read_returns");
      requireScope(context, "returnableFulfillment", "read_orders");
      const fulfillment = findNode(state, domain, args.id.replace("/ReturnableFulfillment/", "/Fulfillment/")) as Fulfillment | null;
      return fulfillment?.__typename === "Fulfillment" ? toReturnableFulfillment(fulfillment.order as Order, fulfillment) : null;
    },
    return: (args: { id: string }) => {
      requireScope(context, "return", "read_returns");
      return findReturn(state, domain, args.id);
    },
    currentAppInstallation: () => {
      const { apiKey, title, handle, appUrl } = context.appInstallation;
      const installationId = toGid("AppInstallation", `${shop().shop.id.replace(/\D/g, "").slice(-6)}1`);
      const accessScopes = context.scopes.map((scope) => ({ __typename: "AccessScope", handle: scope, description: scope.replace(/_/g, " ") }));
      const app = {
        __typename: "App",
        id: toGid("App", 1_000_000 + (apiKey.length % 97)),
        apiKey,
        title,
        handle,
        embedded: true,
        published: false,
        developerType: "PARTNER",
        features: [],
        failedRequirements: [],
        availableAccessScopes: accessScopes,
        requestedAccessScopes: accessScopes,
        optionalAccessScopes: [],
        previouslyInstalled: false,
        isPostPurchaseAppInUse: false,
        shopifyDeveloped: false,
        webhookApiVersion: ADMIN_API_VERSION,
        uninstallMessage: "",
        pricingDetailsSummary: "",
        screenshots: [],
      };
      return {
        __typename: "AppInstallation",
        id: installationId,
        accessScopes,
        activeSubscriptions: [],
        allSubscriptions: [],
        app,
        launchUrl: `https://admin.shopify.com/store/${shop().handle}/apps/${handle}`,
        uninstallUrl: null,
      };
    },
  };
}

/**
 * Reads plain objects the way graphql-js's default resolver does, and also: calls functions with
 * the field's arguments, pages arrays behind `…Connection` fields (filtered and sorted by `query`
 * and `sortKey` for searchable types), honours `first` on plain lists, and answers empty for
 * collections the devstore does not model rather than failing on a non-null field.
 */
const resolveField: GraphQLFieldResolver<unknown, GraphqlContext> = (source, args, context, info) => {
  if (source === null || typeof source !== "object") return undefined;
  const key = `${info.parentType.name}.${info.fieldName}`;
  const returnField = RETURN_FIELDS[key];
  if (returnField) return returnField(source as never, args, context);
  const computed = COMPUTED_FIELDS[key];
  if (computed) return computed(source, args, context);
  const value = (source as Record<string, unknown>)[info.fieldName];
  if (typeof value === "function") return value.call(source, args, context, info);
  const named = getNamedType(info.returnType);
  const isConnection = named.name.endsWith("Connection");
  if (isConnection && (Array.isArray(value) || value === undefined)) {
    const items = (value ?? []) as Array<{ id: string }>;
    const nodeType = named.name.replace(/Connection$/, "");
    const selected = isSearchableType(nodeType) ? selectItems(nodeType, items, args as ListArgs) : items;
    return paginate(selected, args as ConnectionArgs, { requireSize: false });
  }
  const listType = isNonNullType(info.returnType) ? info.returnType.ofType : info.returnType;
  if (isListType(listType)) {
    if (value === undefined) return [];
    if (Array.isArray(value) && typeof args.first === "number") return value.slice(0, args.first);
  }
  return value;
};

// The mutations the devstore models answer as Shopify does; any other says so plainly instead of answering null.
function createMutationRoot(context: GraphqlContext) {
  const implemented: Record<string, unknown> = context.orderActions ? { ...createOrderMutationRoot(context.orderActions, context), ...createReturnMutationRoot(context.orderActions, context) } : {};
  return new Proxy(
    implemented,
    {
      get: (target, field) => (typeof field === "string" && field in target ? target[field] : () => {
        throw new GraphQLError(`The devstore does not implement the mutation '${String(field)}' yet.`, { extensions: { code: "NOT_IMPLEMENTED" } });
      }),
    },
  ) as Record<string, unknown>;
}

function parseVariables(variables: unknown): Record<string, unknown> | undefined {
  if (variables === undefined || variables === null) return undefined;
  if (typeof variables === "string") return variables.trim() ? (JSON.parse(variables) as Record<string, unknown>) : undefined;
  if (typeof variables === "object" && !Array.isArray(variables)) return variables as Record<string, unknown>;
  throw new Error("variables must be an object");
}

/**
 * Runs one Admin GraphQL request for a shop: parse, validate against the real schema, price it,
 * charge the shop's bucket, execute. Always HTTP 200, as Shopify answers GraphQL-level errors.
 */
export async function runAdminGraphql(
  context: GraphqlContext,
  bucket: CostBucket,
  body: GraphqlRequestBody,
  limits: { maxQueryCost?: number } = {},
): Promise<GraphqlResponse> {
  const maxCost = limits.maxQueryCost ?? MAX_SINGLE_QUERY_COST;
  const schema = loadAdminSchema();
  if (typeof body.query !== "string" || !body.query.trim()) {
    return { errors: [{ message: "No query string was present", extensions: { code: "BAD_REQUEST" } }] };
  }
  let document: DocumentNode;
  try {
    document = parse(body.query);
  } catch (error) {
    return { errors: [formatSyntaxError(error as GraphQLError)] };
  }
  const validationErrors = validate(schema, document);
  if (validationErrors.length > 0) return { errors: validationErrors.map(formatValidationError) };

  const operationName = typeof body.operationName === "string" && body.operationName ? body.operationName : undefined;
  const operation = getOperationAST(document, operationName);
  if (!operation) {
    const message = operationName ? `No operation named "${operationName}"` : "An operation name is required";
    return { errors: [{ message, extensions: { code: "OPERATION_NOT_FOUND" } }] };
  }
  let variableValues: Record<string, unknown> | undefined;
  try {
    variableValues = parseVariables(body.variables);
  } catch {
    return { errors: [{ message: "Variables are invalid JSON.", extensions: { code: "INVALID_VARIABLES" } }] };
  }

  const requestedQueryCost = calculateRequestedCost(schema, document, operation, variableValues ?? {});
  if (requestedQueryCost > maxCost) {
    return {
      errors: [
        {
          message: `Query cost is ${requestedQueryCost}, which exceeds the single query max cost limit (${maxCost}).\n\nSee https://shopify.dev/concepts/about-apis/rate-limits for more information on how the\ncost of a query is calculated.\n\nTo query larger amounts of data with fewer limits, bulk operations should be used instead.\nSee https://shopify.dev/tutorials/perform-bulk-operations-with-admin-api for usage details.\n`,
          extensions: { code: "MAX_COST_EXCEEDED", cost: requestedQueryCost, maxCost },
        },
      ],
    };
  }
  const charged = bucket.take(requestedQueryCost);
  if (!charged.ok) {
    return {
      errors: [{ message: "Throttled", extensions: { code: "THROTTLED", documentation: "https://shopify.dev/api/usage/rate-limits" } }],
      extensions: { cost: { requestedQueryCost, actualQueryCost: null, throttleStatus: charged.status } },
    };
  }

  const isMutation = operation.operation === "mutation";
  const rootValue = isMutation ? createMutationRoot(context) : createQueryRoot(context);
  const result = await execute({ schema, document, rootValue, contextValue: context, variableValues, operationName, fieldResolver: resolveField });
  const actualQueryCost = calculateActualCost(result.data, requestedQueryCost, isMutation);
  const throttleStatus = bucket.refund(requestedQueryCost - actualQueryCost);
  const response: GraphqlResponse = {};
  if (result.errors?.length) response.errors = result.errors.map(formatExecutionError);
  if (result.data !== undefined) response.data = result.data;
  response.extensions = { cost: { requestedQueryCost, actualQueryCost, throttleStatus } };
  return response;
}
