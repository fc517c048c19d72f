import { Prisma } from "@prisma/client";
import pg from "pg";
import { pool } from "~/db.server";

// Plain SQL on the pool Prisma runs on, for the few hottest reads (the authenticated request's
// session, the inbox, the ticket page): each Prisma query costs about 1 ms of CPU beyond its SQL
// in this setup (the query compiler's wasm and the client's result mapping: bench/prisma-overhead.ts),
// which a page of eight reads pays eight times. The rows come back as Prisma returns them:
// DateTime columns (timestamp(3), stored in UTC) as Dates, BigInt as bigint, Decimal as
// Prisma.Decimal; enums as their strings, Json parsed, arrays as arrays.

const { builtins } = pg.types;

const PARSERS: Record<number, (value: string) => unknown> = {
  // PostgreSQL prints a timestamp without time zone as "2026-12-04 18:55:00.123": Prisma's UTC.
  [builtins.TIMESTAMP]: (value) => new Date(`${value.replace(" ", "T")}Z`),
  [builtins.INT8]: (value) => BigInt(value),
  [builtins.NUMERIC]: (value) => new Prisma.Decimal(value),
};

const types = {
  getTypeParser: ((oid: number, format?: "text" | "binary") => (format !== "binary" && PARSERS[oid]) || pg.types.getTypeParser(oid, format)) as pg.CustomTypesConfig["getTypeParser"],
};

/** A parameter as PostgreSQL should read it: a Date as its UTC instant (pg would send local time). */
function toParameter(value: unknown): unknown {
  return value instanceof Date ? value.toISOString() : value;
}

export interface PoolQuery {
  /** A prepared statement's name, for SQL whose text never changes (PostgreSQL plans it once per connection). */
  name?: string;
  text: string;
  values: unknown[];
}

/** The rows of one statement, typed as Prisma would return them. */
export async function queryRows<Row>(query: PoolQuery): Promise<Row[]> {
  const { rows } = await pool.query({ ...query, values: query.values.map(toParameter), types });
  return rows as Row[];
}

/** A Prisma.sql fragment (its `$n` text and values) as a pool query. */
export function fromPrismaSql(sql: Prisma.Sql): PoolQuery {
  return { text: sql.text, values: sql.values };
}

/**
 * The model's scalar columns (a Prisma `…ScalarFieldEnum`), qualified by `alias` and quoted, so a
 * read returns the fields Prisma's type names, no more: `"t"."id", "t"."shopId", …`. A list column
 * that holds NULL is read as Prisma reads it, an empty list.
 */
export function columnsOf(fields: Record<string, string>, alias: string, { lists = [] }: { lists?: readonly string[] } = {}): string {
  return Object.values(fields)
    .map((field) => (lists.includes(field) ? `COALESCE("${alias}"."${field}", '{}') AS "${field}"` : `"${alias}"."${field}"`))
    .join(", ");
}
