/**
 * `npm run schema:refresh`: copies the Admin GraphQL introspection for ADMIN_API_VERSION out of
 * the `@shopify/dev-mcp` package into app/shopify/schema/, without making dev-mcp (300 packages)
 * a dependency. Change ADMIN_API_VERSION first when moving to a new version.
 */
import { execFileSync } from "node:child_process";
import { copyFileSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { ADMIN_API_VERSION, ADMIN_SCHEMA_FILE } from "../app/shopify/api-version.ts";

const dir = mkdtempSync(path.join(tmpdir(), "frontdesk-schema-"));
try {
  const tarball = execFileSync("npm", ["pack", "@shopify/dev-mcp@latest", "--silent"], { cwd: dir, encoding: "utf8" }).trim().split("\n").pop()!;
  execFileSync("tar", ["xzf", tarball, `package/dist/data/admin_${ADMIN_API_VERSION}.json.gz`], { cwd: dir });
  copyFileSync(path.join(dir, "package/dist/data", `admin_${ADMIN_API_VERSION}.json.gz`), ADMIN_SCHEMA_FILE);
  console.log(`Wrote ${ADMIN_SCHEMA_FILE} from ${tarball}`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
