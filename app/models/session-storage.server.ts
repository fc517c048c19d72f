import { Prisma, type PrismaClient, type Session as SessionRow } from "@prisma/client";
import { Session } from "@shopify/shopify-api";
import { PrismaSessionStorage } from "@shopify/shopify-app-session-storage-prisma";
import { columnsOf, queryRows } from "./pool-query.server";

const SESSION_COLUMNS = columnsOf(Prisma.SessionScalarFieldEnum, "s");

/**
 * Shopify's Prisma session storage, except that the read every authenticated request makes
 * (`loadSession`, by id) is one prepared statement on the pool instead of a Prisma query, ~1 ms of
 * CPU less per request. Nothing is cached: each request reads the row as it is, so a session
 * deleted at uninstall, or replaced by a token exchange, is never served. Writes, deletes and
 * `findSessionsByShop` stay the library's.
 */
export class PooledSessionStorage extends PrismaSessionStorage<PrismaClient> {
  override async loadSession(id: string): Promise<Session | undefined> {
    const [row] = await queryRows<SessionRow>({ name: "session-by-id", text: `SELECT ${SESSION_COLUMNS} FROM "Session" s WHERE s.id = $1`, values: [id] });
    return row ? sessionOfRow(row) : undefined;
  }
}

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
