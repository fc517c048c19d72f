import { GraphqlQueryError } from "@shopify/shopify-api";

/** What app/shopify needs of an Admin API client: `admin` from authenticate.admin or unauthenticated.admin. */
export interface AdminClient {
  graphql(query: string, options?: { variables?: Record<string, unknown>; headers?: Record<string, string> }): Promise<Response>;
}

interface ThrottleStatus {
  maximumAvailable: number;
  currentlyAvailable: number;
  restoreRate: number;
}

export interface GraphqlError {
  message: string;
  path?: Array<string | number>;
  extensions?: { code?: string; requiredAccess?: string; cost?: { requestedQueryCost?: number } };
}

/**
 * A GraphQL error answer from the Admin API (HTTP 200 with `errors`), e.g. ACCESS_DENIED when the
 * app lacks a scope. `code` is the first error's `extensions.code`; `requiredScope` the scope
 * Shopify names in an ACCESS_DENIED (`write_order_edits`), when it names one.
 */
export class AdminApiError extends Error {
  readonly code: string | null;
  readonly requiredScope: string | null;
  /** Set when the app has the scope but the staff member acting (online token) lacks this permission. */
  readonly staffPermission: string | null;

  constructor(readonly errors: GraphqlError[]) {
    super(`Admin API error: ${JSON.stringify(errors)}`);
    this.name = "AdminApiError";
    this.code = errors.find((error) => error.extensions?.code)?.extensions?.code ?? null;
    const denied = errors.find((error) => error.extensions?.code === "ACCESS_DENIED");
    const named = /`([a-z_]+)`/.exec(denied?.extensions?.requiredAccess ?? "") ?? /Required access: `([a-z_]+)`/.exec(denied?.message ?? "");
    this.requiredScope = named?.[1] ?? null;
    this.staffPermission = /user must have the (\w+) permission/i.exec(denied?.message ?? "")?.[1] ?? null;
  }
}

const MAX_THROTTLED_RETRIES = 5;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** GraphQL errors as Shopify sends them, or as the library wraps them (`errors.graphQLErrors`). */
function graphqlErrors(body: { errors?: unknown }): GraphqlError[] {
  if (Array.isArray(body.errors)) return body.errors as GraphqlError[];
  const wrapped = (body.errors as { graphQLErrors?: unknown } | undefined)?.graphQLErrors;
  return Array.isArray(wrapped) ? (wrapped as GraphqlError[]) : [];
}

function throttleWaitMs(body: { errors?: unknown; extensions?: unknown }): number | undefined {
  const errors = graphqlErrors(body);
  if (!errors.some((error) => error.extensions?.code === "THROTTLED")) return undefined;
  const cost = (body.extensions as { cost?: { requestedQueryCost?: number; throttleStatus?: ThrottleStatus } } | undefined)?.cost;
  const status = cost?.throttleStatus;
  if (!status || !status.restoreRate) return 1000;
  const missing = (cost?.requestedQueryCost ?? status.maximumAvailable / 10) - status.currentlyAvailable;
  return Math.max(100, Math.ceil((missing / status.restoreRate) * 1000));
}

/**
 * Runs one Admin GraphQL operation and returns its `data`. Shopify answers a throttled call with
 * HTTP 200 and a THROTTLED error, which the library does not retry: we wait for the bucket to
 * refill as far as `throttleStatus` says, then try again. Any other GraphQL error is thrown as an
 * AdminApiError (ACCESS_DENIED, …); network and HTTP failures are thrown as the library throws them.
 */
export async function runAdminOperation<TData>(
  admin: AdminClient,
  document: string,
  variables: Record<string, unknown> = {},
  /** Extra request headers: `Accept-Language` for what Shopify names in the reader's language. */
  headers?: Record<string, string>,
): Promise<TData> {
  for (let attempt = 0; ; attempt++) {
    let body: { data?: TData; errors?: unknown; extensions?: unknown };
    try {
      body = await (await admin.graphql(document, headers ? { variables, headers } : { variables })).json();
    } catch (error) {
      if (!(error instanceof GraphqlQueryError)) throw error;
      body = error.body as typeof body;
      const wait = throttleWaitMs(body ?? {});
      if (wait === undefined || attempt >= MAX_THROTTLED_RETRIES) {
        const errors = graphqlErrors(body ?? {});
        throw errors.length > 0 ? new AdminApiError(errors) : error;
      }
      await sleep(wait);
      continue;
    }
    const wait = throttleWaitMs(body);
    if (wait !== undefined && attempt < MAX_THROTTLED_RETRIES) {
      await sleep(wait);
      continue;
    }
    if (body.errors) throw new AdminApiError(graphqlErrors(body));
    if (!body.data) throw new Error("Admin API answered without data");
    return body.data;
  }
}
