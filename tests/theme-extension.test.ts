import { cpSync, mkdtempSync, appendFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { check } from "@shopify/theme-check-node";
import { afterAll, describe, expect, it } from "vitest";

// Shopify's own linter for Liquid (theme-check, the checks `shopify theme check` runs), over the
// storefront theme app extension, with its theme-app-extension rules.

const EXTENSION = path.resolve(import.meta.dirname, "../extensions/frontdesk-storefront");
const scratch = mkdtempSync(path.join(tmpdir(), "frontdesk-theme-check-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe("the storefront theme app extension", () => {
  it("passes theme-check", async () => {
    const offenses = await check(EXTENSION);
    expect(offenses.map((offense) => `${offense.check} ${path.basename(offense.uri)}: ${offense.message}`)).toEqual([]);
  });

  it("would be caught by it with an unknown filter or a missing snippet", async () => {
    const copy = path.join(scratch, "extension");
    cpSync(EXTENSION, copy, { recursive: true });
    appendFileSync(path.join(copy, "blocks/contact-form.liquid"), '\n{% render "nope" %}{{ block.id | no_such_filter }}\n');
    const offenses = await check(copy);
    expect(offenses.map((offense) => offense.check).sort()).toEqual(["MissingTemplate", "UnknownFilter"]);
  });
});
