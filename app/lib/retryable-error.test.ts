import { describe, expect, it } from "vitest";
import { z } from "zod";
import { isRetryableError, PermanentError } from "./retryable-error";

const withCode = (code: string, message = "error") => Object.assign(new Error(message), { code });

describe("isRetryableError", () => {
  it("retries outages: the database, the network, Shopify throttling or failing", () => {
    expect(isRetryableError(withCode("ECONNREFUSED"))).toBe(true);
    expect(isRetryableError(withCode("57P03", "the database system is starting up"))).toBe(true);
    expect(isRetryableError(new TypeError("fetch failed"))).toBe(true);
    expect(isRetryableError(Object.assign(new Error("Throttled"), { name: "HttpThrottlingError" }))).toBe(true);
    expect(isRetryableError(withCode("P1001", "Can't reach database server"))).toBe(true);
    expect(isRetryableError(new Error("something nobody has seen before"))).toBe(true);
  });

  it("does not retry what fails the same way every time", () => {
    expect(isRetryableError(new PermanentError("shop not installed"))).toBe(false);
    expect(isRetryableError(z.number().safeParse("x").error)).toBe(false);
    expect(isRetryableError(new SyntaxError("Cannot convert abc to a BigInt"))).toBe(false);
    expect(isRetryableError(new RangeError("The number 1e+30 cannot be converted to a BigInt"))).toBe(false);
    expect(isRetryableError(withCode("P2020", "Value out of range for the type"))).toBe(false);
    expect(isRetryableError(withCode("54000", "index row requires 1048592 bytes, maximum size is 8191"))).toBe(false);
  });

  it("finds the SQLSTATE inside Prisma's driver adapter error", () => {
    const wrapped = Object.assign(new Error("Raw query failed"), { code: "P2010", meta: { driverAdapterError: { cause: { originalCode: "22003", kind: "postgres" } } } });
    expect(isRetryableError(wrapped)).toBe(false);
    const outage = Object.assign(new Error("Raw query failed"), { code: "P2010", meta: { driverAdapterError: { cause: { originalCode: "57P01" } } } });
    expect(isRetryableError(outage)).toBe(true);
  });
});
