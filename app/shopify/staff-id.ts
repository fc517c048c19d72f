/** The Shopify admin user behind a session token (its numeric `sub`), or null when it names none. */
export function staffIdOf(sessionToken: { sub?: string } | undefined): bigint | null {
  return sessionToken?.sub && /^\d+$/.test(sessionToken.sub) ? BigInt(sessionToken.sub) : null;
}

/** The same, for actions a staff member must be known for: 403 otherwise. */
export function requireStaffId(sessionToken: { sub?: string } | undefined): bigint {
  const id = staffIdOf(sessionToken);
  if (id === null) throw new Response("Unknown staff member", { status: 403 });
  return id;
}
