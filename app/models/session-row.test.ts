import type { Session as SessionRow } from "@prisma/client";
import type { Session } from "@shopify/shopify-api";
import { PrismaSessionStorage } from "@shopify/shopify-app-session-storage-prisma";
import { describe, expect, it } from "vitest";
import { sessionOfRow } from "./session-row";

// The library's own conversion, which our pooled read replaces (it is private to its storage).
const library = new PrismaSessionStorage({ session: { count: async () => 0 } } as never) as unknown as { rowToSession(row: SessionRow): Session };
// The library's Session is @shopify/shopify-api's CommonJS class, ours its ESM one: compared as data.
const asData = (session: Session) => ({ ...session, properties: session.toPropertyArray(true) });

const offline: SessionRow = {
  id: "offline_shop.myshopify.com",
  shop: "shop.myshopify.com",
  state: "",
  isOnline: false,
  scope: "read_orders",
  expires: new Date("2026-12-06T10:00:00.000Z"),
  accessToken: "offline-token",
  refreshToken: "refresh-token",
  refreshTokenExpires: new Date("2027-01-06T10:00:00.000Z"),
  userId: null,
  firstName: null,
  lastName: null,
  email: null,
  accountOwner: null,
  locale: null,
  collaborator: null,
  emailVerified: null,
};
const online: SessionRow = {
  ...offline,
  id: "shop.myshopify.com_42",
  isOnline: true,
  refreshToken: null,
  refreshTokenExpires: null,
  userId: 42n,
  firstName: "Ada",
  lastName: "Lovelace",
  email: "ada@example.com",
  accountOwner: false,
  locale: "ja",
  collaborator: true,
  emailVerified: true,
};

describe("a stored session row", () => {
  it.each([
    ["an offline token with its refresh token", offline],
    ["an online token with its staff member", online],
    ["a row with no scope, token or expiry", { ...offline, scope: null, accessToken: "", expires: null, refreshToken: null, refreshTokenExpires: null }],
  ])("becomes the Session the library makes of it: %s", (_, row) => {
    expect(asData(sessionOfRow(row))).toStrictEqual(asData(library.rowToSession(row)));
  });

  it("would catch a field read differently", () => {
    expect(asData(sessionOfRow({ ...online, locale: "th" }))).not.toStrictEqual(asData(library.rowToSession(online)));
  });
});
