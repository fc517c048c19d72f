/**
 * Whether a database error may pass if the same thing is tried again later: the server is down,
 * restarting, out of connections or resources, or the transaction lost a race. Everything else
 * (data PostgreSQL cannot hold, a value out of range, a constraint) fails the same way every time.
 */
export function isTransientDatabaseError(error: unknown): boolean {
  const code = errorCode(error);
  if (code) {
    // SQLSTATE classes: 08 connection, 53 insufficient resources, 57P admin/crash shutdown and
    // cannot connect now, 58 system (I/O), 40001/40P01 serialization and deadlock, 55P03 lock timeout.
    if (/^(08|53|57P|58)/.test(code) || code === "40001" || code === "40P01" || code === "55P03") return true;
    if (/^[0-9A-Z]{5}$/.test(code)) return false;
    // Node's socket errors: ECONNREFUSED, ECONNRESET, ETIMEDOUT, EPIPE, ENOTFOUND…
    if (code.startsWith("E")) return true;
  }
  const message = error instanceof Error ? error.message : String(error);
  return /Connection terminated|connect ECONNREFUSED|timeout exceeded when trying to connect|Client has encountered a connection error|the database system is (starting up|shutting down)/i.test(message);
}

function errorCode(error: unknown): string | undefined {
  for (let current = error, depth = 0; current && typeof current === "object" && depth < 4; depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === "string" && code.length > 0) return code;
    current = (current as { cause?: unknown }).cause;
  }
  return undefined;
}
