import { z } from "zod";

const Env = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("production"),
  DATABASE_URL: z.string().url().refine((url) => /^postgres(ql)?:/.test(url), "must be a postgresql:// URL"),
  SHOPIFY_API_KEY: z.string().min(1),
  SHOPIFY_API_SECRET: z.string().min(1),
  SHOPIFY_APP_URL: z.string().url(),
  SCOPES: z.string().min(1).default("write_orders,write_order_edits,write_returns,read_customers,read_products,write_app_proxy"),
  SHOP_CUSTOM_DOMAIN: z.string().optional(),
  /** Background jobs run in this process unless set to "false" (e.g. web-only replicas). */
  RUN_WORKER: z.enum(["true", "false"]).default("true"),
  WORKER_CONCURRENCY: z.coerce.number().int().min(1).max(64).default(4),
});

export type Env = z.infer<typeof Env>;

/**
 * Parses the environment, or throws an error that names every missing or invalid variable,
 * so a misconfigured process fails at start rather than on the first request.
 */
export function parseEnv(source: Record<string, string | undefined>): Env {
  const result = Env.safeParse(source);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => {
    const name = issue.path.join(".");
    const value = source[name];
    return value === undefined || value === "" ? `${name} is missing` : `${name} is invalid: ${issue.message}`;
  });
  throw new Error(`Frontdesk cannot start: ${problems.join("; ")}. See README.md, "Configuration".`);
}

export const env = parseEnv(process.env);
