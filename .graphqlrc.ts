import { readFileSync } from "node:fs";
import path from "node:path";
import { gunzipSync } from "node:zlib";
import { ApiType, shopifyApiProject } from "@shopify/api-codegen-preset";
import { buildClientSchema } from "graphql";
import { ADMIN_API_VERSION, ADMIN_SCHEMA_FILE } from "./app/shopify/api-version.ts";

// `npm run graphql-codegen`: types for every `#graphql` document in app/, as in Shopify's Remix
// template, but against the introspection kept in the repo (gzipped, so a custom loader), never
// the preset's shopify.dev proxy: codegen must not need the network.
const root = import.meta.dirname;
const outputDir = "./app/types";

const schema = {
  [ADMIN_SCHEMA_FILE]: {
    loader: () => buildClientSchema(JSON.parse(gunzipSync(readFileSync(path.join(root, ADMIN_SCHEMA_FILE))).toString("utf8")).data),
  },
};

const project = shopifyApiProject({
  apiType: ApiType.Admin,
  apiVersion: ADMIN_API_VERSION,
  documents: ["./app/**/*.{ts,tsx}", "!./app/**/*.test.{ts,tsx}", `!${outputDir}/**`],
  outputDir,
});

// Two departures from the preset's output, both to match what the API sends: enums as string
// unions (the JSON carries "CUSTOMER", not a TypeScript enum), and selected fields never optional
// (Shopify answers null, it does not leave a selected field out).
const typeConfig = {
  enumsAsTypes: true,
  avoidOptionals: { field: true, inputValue: false, object: false, defaultValue: false },
};

// The preset adds an output that downloads the schema and points every output at the URL; keep
// only the two type files, each reading the local schema.
const { codegen } = project.extensions as { codegen: { generates: Record<string, { config?: object }> } };
const generates = Object.fromEntries(
  Object.entries(codegen.generates)
    .filter(([file]) => file.endsWith(".d.ts"))
    .map(([file, output]) => [file, { ...output, schema, config: { ...output.config, ...typeConfig } }]),
);

export default {
  projects: {
    default: { ...project, schema, extensions: { codegen: { ...codegen, generates } } },
  },
};
