import type { Session as SessionRow } from "@prisma/client";
import { Session } from "@shopify/shopify-api";

/** A stored row as the library's `rowToSession` (v11) makes it into a Session, field for field. */
export function sessionOfRow(row: SessionRow): Session {
  const params: Record<string, string | number | boolean> = {
    id: row.id,
    shop: row.shop,
    state: row.state,
    isOnline: row.isOnline,
    // The library stringifies these whatever they hold ("null" for an offline session): kept as it does.
    userId: String(row.userId),
    firstName: String(row.firstName),
    lastName: String(row.lastName),
    email: String(row.email),
    locale: String(row.locale),
  };
  if (row.accountOwner !== null) params.accountOwner = row.accountOwner;
  if (row.collaborator !== null) params.collaborator = row.collaborator;
  if (row.emailVerified !== null) params.emailVerified = row.emailVerified;
  if (row.expires) params.expires = row.expires.getTime();
  if (row.scope) params.scope = row.scope;
  if (row.accessToken) params.accessToken = row.accessToken;
  if (row.refreshToken) params.refreshToken = row.refreshToken;
  if (row.refreshTokenExpires) params.refreshTokenExpires = row.refreshTokenExpires.getTime();
  return Session.fromPropertyArray(Object.entries(params), true);
}
