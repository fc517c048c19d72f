import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@prisma/client";
import pg from "pg";
import { env } from "./env.server";

declare global {
  // Survive Vite's module reloads in development, so each edit does not open a new pool.
  var frontdeskPrisma: PrismaClient | undefined;
  var frontdeskPool: pg.Pool | undefined;
}

function createPool() {
  const created = new pg.Pool({ connectionString: env.DATABASE_URL, max: 10 });
  // An idle connection the server drops (a restart, a failover) must not take the process down;
  // the pool replaces it on the next query.
  created.on("error", (error) => console.error("PostgreSQL connection lost:", error.message));
  return created;
}

/**
 * The connection pool Prisma runs on. A few hot paths (storing a webhook delivery) query it
 * directly with plain SQL, skipping Prisma's per-query overhead; everything else goes through Prisma.
 */
export const pool = globalThis.frontdeskPool ?? createPool();
const prisma = globalThis.frontdeskPrisma ?? new PrismaClient({ adapter: new PrismaPg(pool) });
if (env.NODE_ENV !== "production") {
  globalThis.frontdeskPool = pool;
  globalThis.frontdeskPrisma = prisma;
}

export default prisma;
