import { GraphQLError } from "graphql";

export interface ConnectionArgs {
  first?: number | null;
  last?: number | null;
  after?: string | null;
  before?: string | null;
  reverse?: boolean | null;
}

export interface Connection<T> {
  edges: Array<{ cursor: string; node: T }>;
  nodes: T[];
  pageInfo: { __typename: "PageInfo"; hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
}

export const MAX_PAGE_SIZE = 250;

// Opaque like Shopify's (base64 JSON with the last id); unlike Shopify's, a cursor is only
// meaningful for the same query, which is all Shopify promises too.
export function encodeCursor(id: string): string {
  return Buffer.from(JSON.stringify({ last_id: id.replace(/^gid:\/\/shopify\/\w+\//, ""), v: id })).toString("base64");
}

function decodeCursor(cursor: string): string {
  try {
    const parsed = JSON.parse(Buffer.from(cursor, "base64").toString("utf8")) as { v?: unknown };
    if (typeof parsed.v === "string") return parsed.v;
  } catch {
    // Falls through to the error below: Shopify answers a malformed cursor the same way.
  }
  throw new GraphQLError(`Invalid cursor for current pagination sort.`, { extensions: { code: "BAD_REQUEST" } });
}

function indexAfterCursor<T extends { id: string }>(items: T[], cursor: string): number {
  const id = decodeCursor(cursor);
  const index = items.findIndex((item) => item.id === id);
  if (index < 0) throw new GraphQLError(`Invalid cursor for current pagination sort.`, { extensions: { code: "BAD_REQUEST" } });
  return index;
}

/** A Relay connection over `items` (already filtered and sorted), honouring first/last/after/before/reverse. */
export function paginate<T extends { id: string }>(all: T[], args: ConnectionArgs, options: { requireSize?: boolean } = {}): Connection<T> {
  const { first, last, after, before } = args;
  if (options.requireSize !== false && first == null && last == null) {
    throw new GraphQLError("you must provide one of first or last", { extensions: { code: "BAD_REQUEST" } });
  }
  for (const [name, value] of [["first", first], ["last", last]] as const) {
    if (value != null && (value < 0 || value > MAX_PAGE_SIZE)) {
      throw new GraphQLError(`The '${name}' argument must be between 0 and ${MAX_PAGE_SIZE}.`, { extensions: { code: "BAD_REQUEST" } });
    }
  }
  const items = args.reverse ? [...all].reverse() : all;
  let start = 0;
  let end = items.length;
  if (after) start = indexAfterCursor(items, after) + 1;
  if (before) end = Math.min(end, indexAfterCursor(items, before));
  let page = items.slice(start, Math.max(start, end));
  let hasNextPage = end < items.length;
  let hasPreviousPage = start > 0;
  if (first != null) {
    hasNextPage = page.length > first || hasNextPage;
    page = page.slice(0, first);
  }
  if (last != null) {
    hasPreviousPage = page.length > last || hasPreviousPage;
    page = page.slice(Math.max(0, page.length - last));
  }
  const edges = page.map((node) => ({ cursor: encodeCursor(node.id), node }));
  return {
    edges,
    nodes: page,
    pageInfo: {
      __typename: "PageInfo",
      hasNextPage,
      hasPreviousPage,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}
