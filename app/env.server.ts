import { z } from "zod";

const Env = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("production"),
  DATABASE_URL: z.string().url().refine((url) => /^postgres(ql)?:/.test(url), "must be a postgresql:// URL"),
  SHOPIFY_API_KEY: z.string().min(1),
  SHOPIFY_API_SECRET: z.string().min(1),
  SHOPIFY_APP_URL: z.string().url(),
  SCOPES: z.string().min(1).default("write_orders,write_order_edits,write_returns,read_customers,read_products,read_locations,write_app_proxy"),
  /** Background jobs run in this process unless set to "false" (e.g. web-only replicas). */
  RUN_WORKER: z.enum(["true", "false"]).default("true"),
  WORKER_CONCURRENCY: z.coerce.number().int().min(1).max(64).default(4),
  /**
   * The mail domain the inbox receives at: each shop gets `<shop handle>@<domain>`, and merchants
   * forward their own support mailbox there. Its MX must point at INBOUND_SMTP_PORT's host.
   */
  INBOUND_EMAIL_DOMAIN: z
    .string()
    .regex(/^[a-z0-9.-]+$/, "must be a mail domain such as inbox.example.com")
    .default("inbox.frontdesk.localhost"),
  /** The inbound SMTP server listens here; unset, no SMTP server runs (the HTTP inbound parse still does). */
  INBOUND_SMTP_PORT: z.coerce.number().int().min(0).max(65535).optional(),
  INBOUND_SMTP_HOST: z.string().default("127.0.0.1"),
  /** Where outbound mail goes, e.g. smtp://user:pass@smtp.example.com:587; unset, replies wait in the queue. */
  SMTP_URL: z.string().url().optional(),
  /** Bearer token an inbound-parse provider (SendGrid, Mailgun, Postmark…) posts mail with; unset, that endpoint is off. */
  INBOUND_EMAIL_TOKEN: z.string().min(16).optional(),
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
