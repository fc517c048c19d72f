import path from "node:path";
import { defineConfig } from "prisma/config";
import { PrismaPg } from "@prisma/adapter-pg";

// The Prisma CLI runs its WASM schema engine through the pg driver adapter, so no engine binary
// is downloaded (docs/decisions/001). DATABASE_URL is set by scripts/with-db.ts when unset.
export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: path.join("prisma", "schema.prisma"),
  migrations: { path: path.join("prisma", "migrations") },
  async adapter() {
    const url = process.env.DATABASE_URL;
    if (!url) throw new Error("DATABASE_URL is not set: run Prisma through `npm run db -- <command>`");
    // allowExitOnIdle lets the CLI exit as soon as it is done instead of waiting on idle clients.
    return new PrismaPg({ connectionString: url, allowExitOnIdle: true });
  },
});
