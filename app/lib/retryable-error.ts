import { isTransientDatabaseError } from "./database-errors";

/** An error the code raises on purpose when retrying cannot help (a payload it cannot apply). */
export class PermanentError extends Error {
  override name = "PermanentError";
}

const TRANSIENT_NAMES = new Set(["HttpRetriableError", "HttpThrottlingError", "HttpInternalError", "HttpRequestError", "AbortError"]);

/**
 * Whether a job that failed with `error` should be tried again later. Outages (the database, the
 * network, Shopify answering 5xx or throttling) pass; a value PostgreSQL cannot hold, a number
 * that is not one, a payload the code refuses, fail the same way every time. When in doubt it
 * retries: a retried job costs a little, a dropped one loses data.
 */
export function isRetryableError(error: unknown): boolean {
  if (!(error instanceof Error)) return true;
  if (error instanceof PermanentError || error.name === "ZodError") return false;
  // BigInt("abc"), a number beyond what a column or Date can hold.
  if (error instanceof SyntaxError || error instanceof RangeError) return false;
  if (TRANSIENT_NAMES.has(error.name)) return true;
  if (error instanceof TypeError) return /fetch failed|network|socket|terminated/i.test(error.message);
  const sqlState = findSqlState(error);
  if (sqlState) return isTransientDatabaseError(Object.assign(new Error(error.message), { code: sqlState }));
  const prismaCode = (error as { code?: unknown }).code;
  if (typeof prismaCode === "string" && /^P\d{4}$/.test(prismaCode)) {
    // P1xxx: cannot reach the database; P2024: no connection from the pool in time; P2034: a write conflict.
    if (prismaCode.startsWith("P1") || prismaCode === "P2024" || prismaCode === "P2034") return true;
    // P2000 too long, P2020 out of range, P2033 beyond 64 bits, P2007/P2009/P2012 invalid data.
    if (["P2000", "P2006", "P2007", "P2009", "P2012", "P2019", "P2020", "P2023", "P2033"].includes(prismaCode)) return false;
  }
  return isTransientDatabaseError(error) || !looksLikeDataError(error.message);
}

/** The SQLSTATE of a PostgreSQL error, however the driver or Prisma's adapter wrapped it. */
function findSqlState(error: unknown, depth = 0): string | undefined {
  if (!error || typeof error !== "object" || depth > 5) return undefined;
  const candidate = error as { code?: unknown; originalCode?: unknown; cause?: unknown; meta?: { driverAdapterError?: unknown } };
  for (const code of [candidate.originalCode, candidate.code]) {
    if (typeof code === "string" && /^[0-9A-Z]{5}$/.test(code) && !/^P\d{4}$/.test(code)) return code;
  }
  return findSqlState(candidate.meta?.driverAdapterError, depth + 1) ?? findSqlState(candidate.cause, depth + 1);
}

function looksLikeDataError(message: string): boolean {
  return /out of range|overflow|invalid input syntax|maximum size is|value too long|invalid byte sequence|unsupported Unicode escape/i.test(message);
}
