import { describe, expect, it } from "vitest";
import { parseEnv } from "./env.server";

const complete = {
  DATABASE_URL: "postgresql://frontdesk@127.0.0.1:5432/frontdesk",
  SHOPIFY_API_KEY: "key",
  SHOPIFY_API_SECRET: "secret",
  SHOPIFY_APP_URL: "https://frontdesk.example.com",
};

describe("parseEnv", () => {
  it("accepts a complete environment and fills defaults", () => {
    expect(parseEnv(complete)).toMatchObject({ RUN_WORKER: "true", WORKER_CONCURRENCY: 4 });
  });

  it("names the missing variable", () => {
    const { SHOPIFY_API_SECRET: _omitted, ...rest } = complete;
    expect(() => parseEnv(rest)).toThrow(/SHOPIFY_API_SECRET is missing/);
  });

  it("names every missing variable at once", () => {
    expect(() => parseEnv({})).toThrow(/DATABASE_URL is missing.*SHOPIFY_API_KEY is missing.*SHOPIFY_API_SECRET is missing.*SHOPIFY_APP_URL is missing/);
  });

  it("refuses a database that is not PostgreSQL", () => {
    expect(() => parseEnv({ ...complete, DATABASE_URL: "file:./dev.sqlite" })).toThrow(/DATABASE_URL is invalid/);
  });
});
