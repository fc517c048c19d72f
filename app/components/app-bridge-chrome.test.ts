import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

// Polaris React's Modal, Toast, Frame and ContextualSaveBar are deprecated for embedded apps
// (Shopify/polaris#11460): the admin draws modals, toasts and the save bar through App Bridge.

const APP = path.resolve(import.meta.dirname, "..");
const DEPRECATED = new Set(["Modal", "Toast", "Frame", "ContextualSaveBar"]);
const POLARIS = /^@shopify\/polaris(\/|$)/;

/** Each use of a deprecated Polaris component in one source: named imports, re-exports, or `Namespace.Modal`. */
function deprecatedPolarisUses(fileName: string, source: string): string[] {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, false, fileName.endsWith("x") ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const uses: string[] = [];
  const namespaces = new Set<string>();
  const fromPolaris = (specifier: ts.Expression | undefined) => Boolean(specifier && ts.isStringLiteral(specifier) && POLARIS.test(specifier.text));
  const visit = (node: ts.Node) => {
    if (ts.isImportDeclaration(node) && fromPolaris(node.moduleSpecifier)) {
      const bindings = node.importClause?.namedBindings;
      if (bindings && ts.isNamespaceImport(bindings)) namespaces.add(bindings.name.text);
      if (bindings && ts.isNamedImports(bindings)) for (const element of bindings.elements) if (DEPRECATED.has((element.propertyName ?? element.name).text)) uses.push((element.propertyName ?? element.name).text);
    } else if (ts.isExportDeclaration(node) && fromPolaris(node.moduleSpecifier)) {
      if (!node.exportClause) uses.push("*");
      else if (ts.isNamedExports(node.exportClause)) for (const element of node.exportClause.elements) if (DEPRECATED.has((element.propertyName ?? element.name).text)) uses.push((element.propertyName ?? element.name).text);
    } else if (ts.isPropertyAccessExpression(node) && ts.isIdentifier(node.expression) && namespaces.has(node.expression.text) && DEPRECATED.has(node.name.text)) {
      uses.push(node.name.text);
    } else if (ts.isQualifiedName(node) && ts.isIdentifier(node.left) && namespaces.has(node.left.text) && DEPRECATED.has(node.right.text)) {
      uses.push(node.right.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return uses.map((use) => `${path.relative(APP, fileName)}: ${use}`);
}

function sources(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(directory, entry.name);
    if (entry.isDirectory()) return sources(full);
    return /\.(ts|tsx)$/.test(entry.name) && !entry.name.endsWith(".d.ts") ? [full] : [];
  });
}

describe("the app's chrome", () => {
  it("imports no Polaris Modal, Toast, Frame or ContextualSaveBar anywhere in app/", () => {
    const files = sources(APP);
    expect(files.length).toBeGreaterThan(50);
    expect(files.flatMap((file) => deprecatedPolarisUses(file, readFileSync(file, "utf8")))).toEqual([]);
  });

  it("would catch one added back, however it is imported", () => {
    const file = path.join(APP, "components/example.tsx");
    const caught = (source: string) => deprecatedPolarisUses(file, source).map((use) => use.replace(/^.*: /, ""));
    expect(caught(`import { Button, Modal } from "@shopify/polaris";`)).toEqual(["Modal"]);
    expect(caught(`import { Toast as Note, Frame } from "@shopify/polaris";`)).toEqual(["Toast", "Frame"]);
    expect(caught(`import * as Polaris from "@shopify/polaris";\nexport const bar = <Polaris.ContextualSaveBar />;`)).toEqual(["ContextualSaveBar"]);
    expect(caught(`export { Modal } from "@shopify/polaris";`)).toEqual(["Modal"]);
    expect(caught(`import { Modal } from "@shopify/polaris/build/esm/components/Modal";`)).toEqual(["Modal"]);
    // App Bridge's own Modal is the one to use.
    expect(caught(`import { Modal, TitleBar } from "@shopify/app-bridge-react";\nimport { Button } from "@shopify/polaris";`)).toEqual([]);
  });
});
