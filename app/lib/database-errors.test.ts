import { describe, expect, it } from "vitest";
import { isTransientDatabaseError } from "./database-errors";

const pgError = (code: string, message = "error") => Object.assign(new Error(message), { code });

describe("isTransientDatabaseError", () => {
  it("takes an unreachable or restarting server for an outage", () => {
    expect(isTransientDatabaseError(pgError("ECONNREFUSED", "connect ECONNREFUSED 127.0.0.1:5432"))).toBe(true);
    expect(isTransientDatabaseError(pgError("57P01", "terminating connection due to administrator command"))).toBe(true);
    expect(isTransientDatabaseError(pgError("53300", "too many connections"))).toBe(true);
    expect(isTransientDatabaseError(pgError("40P01", "deadlock detected"))).toBe(true);
    expect(isTransientDatabaseError(new Error("Connection terminated unexpectedly"))).toBe(true);
    expect(isTransientDatabaseError(new Error("timeout exceeded when trying to connect"))).toBe(true);
  });

  it("takes what PostgreSQL cannot hold for a failure that retrying will not fix", () => {
    expect(isTransientDatabaseError(pgError("22P05", "unsupported Unicode escape sequence"))).toBe(false);
    expect(isTransientDatabaseError(pgError("22P02", "invalid input syntax for type json"))).toBe(false);
    expect(isTransientDatabaseError(pgError("54001", "stack depth limit exceeded"))).toBe(false);
    expect(isTransientDatabaseError(pgError("22003", "numeric field overflow"))).toBe(false);
    expect(isTransientDatabaseError(pgError("54000", "index row requires 1048592 bytes, maximum size is 8191"))).toBe(false);
  });

  it("reads the code of an error wrapped by a driver adapter", () => {
    expect(isTransientDatabaseError(new Error("wrapped", { cause: pgError("22021", "invalid byte sequence") }))).toBe(false);
    expect(isTransientDatabaseError(new Error("wrapped", { cause: pgError("08006") }))).toBe(true);
  });
});
