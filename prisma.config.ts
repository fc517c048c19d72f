import path from "node:path";
import { defineConfig } from "prisma/config";
import { PrismaPg } from "@prisma/adapter-pg";

// PostgreSQL catalog types `"char"` (oid 18) and `name` (oid 19) appear in the schema engine's
// own queries, and adapter-pg 6.19 cannot map them (prisma/orm#27403). Both read fine as text.
const CATALOG_TYPES_READ_AS_TEXT = new Set([18, 19]);
const TEXT_OID = 25;

interface PgQueryable {
  performIO(query: unknown): Promise<{ fields: Array<{ dataTypeID: number }> }>;
  startTransaction?(isolationLevel?: unknown): Promise<PgQueryable>;
}

function readCatalogTypesAsText<T>(queryable: T): T {
  const target = queryable as unknown as PgQueryable;
  const performIO = target.performIO.bind(target);
  target.performIO = async (query) => {
    const result = await performIO(query);
    for (const field of result.fields) if (CATALOG_TYPES_READ_AS_TEXT.has(field.dataTypeID)) field.dataTypeID = TEXT_OID;
    return result;
  };
  const startTransaction = target.startTransaction?.bind(target);
  if (startTransaction) target.startTransaction = async (level) => readCatalogTypesAsText(await startTransaction(level));
  return queryable;
}

// The Prisma CLI runs its WASM schema engine through the pg driver adapter, so no engine binary
// is downloaded (docs/decisions/001). scripts/with-db.ts sets DATABASE_URL when it is unset.
export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: path.join("prisma", "schema.prisma"),
  migrations: { path: path.join("prisma", "migrations") },
  async adapter() {
    const url = process.env.DATABASE_URL;
    if (!url) throw new Error("DATABASE_URL is not set: run Prisma through `npm run db -- prisma <command>`");
    // allowExitOnIdle lets the CLI exit as soon as it is done instead of waiting on idle clients.
    const factory = new PrismaPg({ connectionString: url, allowExitOnIdle: true });
    return {
      provider: factory.provider,
      adapterName: factory.adapterName,
      connect: async () => readCatalogTypesAsText(await factory.connect()),
      connectToShadowDb: async () => readCatalogTypesAsText(await factory.connectToShadowDb()),
    };
  },
});
