import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@prisma/client";
import { env } from "./env.server";

declare global {
  // Survives Vite's module reloads in development, so each edit does not open a new pool.
  var frontdeskPrisma: PrismaClient | undefined;
}

function createClient() {
  return new PrismaClient({ adapter: new PrismaPg({ connectionString: env.DATABASE_URL, max: 10 }) });
}

const prisma = globalThis.frontdeskPrisma ?? createClient();
if (env.NODE_ENV !== "production") globalThis.frontdeskPrisma = prisma;

export default prisma;
