import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { gunzipSync } from "node:zlib";
import { buildClientSchema, Kind, parse, validate, type GraphQLSchema } from "graphql";
import { beforeAll, describe, expect, it } from "vitest";
import { ADMIN_SCHEMA_FILE } from "~/shopify/api-version";

const root = path.resolve(import.meta.dirname, "..");

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.(ts|tsx)$/.test(entry.name) && !/\.test\./.test(entry.name) ? [full] : [];
  });
}

/**
 * Every `#graphql` template literal in app/ that holds an operation, with the file it lives in.
 * `${NAME}` interpolations are replaced by the `const NAME = \`#graphql …\`` fragment in that file.
 */
function graphqlDocuments() {
  return sourceFiles(path.join(root, "app")).flatMap((file) => {
    const text = readFileSync(file, "utf8");
    const constants = new Map([...text.matchAll(/const (\w+) = `#graphql([\s\S]*?)`/g)].map((match) => [match[1]!, match[2]!]));
    return [...text.matchAll(/`#graphql([\s\S]*?)`/g)]
      .map((match) => match[1]!.replace(/\$\{(\w+)\}/g, (_whole, name: string) => constants.get(name) ?? `\${${name}}`))
      .filter((source) => /^\s*(query|mutation)\b/.test(source))
      .map((source) => ({ file: path.relative(root, file), source }));
  });
}

let schema: GraphQLSchema;
beforeAll(() => {
  const introspection = JSON.parse(gunzipSync(readFileSync(path.join(root, ADMIN_SCHEMA_FILE))).toString("utf8"));
  schema = buildClientSchema(introspection.data);
});

describe("Admin GraphQL documents in app/", () => {
  const documents = graphqlDocuments();

  it("finds the documents", () => {
    expect(documents.length).toBeGreaterThanOrEqual(3);
  });

  it.each(documents.map((document) => [document.file, document] as const))("%s is valid against the pinned Admin schema", (_file, document) => {
    const errors = validate(schema, parse(document.source)).map((error) => error.message);
    expect(errors).toEqual([]);
  });

  it("names every operation uniquely with the Frontdesk prefix", () => {
    const names = documents.flatMap((document) =>
      parse(document.source).definitions.flatMap((definition) =>
        definition.kind === Kind.OPERATION_DEFINITION && definition.name ? [definition.name.value] : [],
      ),
    );
    expect(names.every((name) => name.startsWith("Frontdesk"))).toBe(true);
    expect(new Set(names).size).toBe(names.length);
  });
});
