import { GraphqlQueryError } from "@shopify/shopify-api";

/** What app/shopify needs of an Admin API client: `admin` from authenticate.admin or unauthenticated.admin. */
export interface AdminClient {
  graphql(query: string, options?: { variables?: Record<string, unknown> }): Promise<Response>;
}

interface ThrottleStatus {
  maximumAvailable: number;
  currentlyAvailable: number;
  restoreRate: number;
}

interface GraphqlError {
  message: string;
  extensions?: { code?: string; cost?: { requestedQueryCost?: number } };
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
 * refill as far as `throttleStatus` says, then try again. Any other error is thrown.
 */
export async function runAdminOperation<TData>(
  admin: AdminClient,
  document: string,
  variables: Record<string, unknown> = {},
): Promise<TData> {
  for (let attempt = 0; ; attempt++) {
    let body: { data?: TData; errors?: unknown; extensions?: unknown };
    try {
      body = await (await admin.graphql(document, { variables })).json();
    } catch (error) {
      if (!(error instanceof GraphqlQueryError)) throw error;
      body = error.body as typeof body;
      const wait = throttleWaitMs(body ?? {});
      if (wait === undefined || attempt >= MAX_THROTTLED_RETRIES) throw error;
      await sleep(wait);
      continue;
    }
    const wait = throttleWaitMs(body);
    if (wait !== undefined && attempt < MAX_THROTTLED_RETRIES) {
      await sleep(wait);
      continue;
    }
    if (body.errors) throw new Error(`Admin API error: ${JSON.stringify(body.errors)}`);
    if (!body.data) throw new Error("Admin API answered without data");
    return body.data;
  }
}
