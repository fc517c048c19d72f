import tsconfigPaths from "vite-tsconfig-paths";
import { configDefaults, defineConfig } from "vitest/config";

export default defineConfig({
  plugins: [tsconfigPaths()],
  test: {
    globalSetup: ["tests/setup/global-database.ts"],
    setupFiles: ["tests/setup/test-environment.ts"],
    pool: "forks",
    maxWorkers: 2,
    minWorkers: 1,
    testTimeout: 30_000,
    hookTimeout: 120_000,
    projects: [
      // Pure rules and components, beside the code they test.
      {
        extends: true,
        test: {
          name: "unit",
          include: ["app/**/*.test.{ts,tsx}", "devstore/**/*.test.ts", "scripts/**/*.test.ts"],
          exclude: [...configDefaults.exclude, "devstore/devstore.test.ts"],
        },
      },
      // The app against a real PostgreSQL (a database per worker) and the devstore as Shopify.
      {
        extends: true,
        test: { name: "integration", include: ["tests/**/*.test.ts", "devstore/devstore.test.ts"] },
      },
      {
        extends: true,
        test: { name: "e2e", include: ["e2e/**/*.test.ts"], testTimeout: 120_000 },
      },
    ],
  },
});
