/**
 * Part of `npm test`: runs graphql-codegen (.graphqlrc.ts) in memory and fails when app/types/
 * differs from what it generates, i.e. a `#graphql` document or the pinned schema changed without
 * `npm run graphql-codegen`.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { generate, loadContext } from "@graphql-codegen/cli";

const root = path.resolve(import.meta.dirname, "..");
process.chdir(root);

const context = await loadContext(path.join(root, ".graphqlrc.ts"));
context.updateConfig({ silent: true });
// Not watching, so generate answers the files it would write (its type says `any` for watch mode).
const outputs: Array<{ filename: string; content: string }> = await generate(context, false);

function committed(file: string): Buffer | null {
  try {
    return readFileSync(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
    throw error;
  }
}

const stale = outputs.filter((output) => !committed(output.filename)?.equals(Buffer.from(output.content))).map((output) => path.relative(root, output.filename));
if (stale.length > 0) {
  console.error(`Generated GraphQL types are stale (${stale.join(", ")}): run \`npm run graphql-codegen\` and commit app/types/.`);
  process.exit(1);
}
