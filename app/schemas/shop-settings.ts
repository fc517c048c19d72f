import { z } from "zod";
import { ReturnsPolicy } from "./returns-policy";

/** Hours to the first answer of a customer's message, by the ticket's priority. */
const SlaTargets = z.object({
  URGENT: z.number().positive().max(720).default(1),
  HIGH: z.number().positive().max(720).default(4),
  NORMAL: z.number().positive().max(720).default(24),
  LOW: z.number().positive().max(720).default(48),
});

/** A shop's settings (the `Shop.settings` JSON), with defaults for what the merchant has not set. */
export const ShopSettings = z.object({
  /** Closes every reply mail; the agent's and the shop's name when unset. */
  signature: z.string().max(2000).optional().catch(undefined),
  // Each part falls back to its defaults on its own: one bad stored value resets no other part.
  slaHours: SlaTargets.default({}).catch(() => SlaTargets.parse({})),
  returns: ReturnsPolicy.default({}).catch(() => ReturnsPolicy.parse({})),
});
export type ShopSettings = z.infer<typeof ShopSettings>;

/** Reads stored settings, falling back to defaults for anything missing or invalid. */
export function parseShopSettings(stored: unknown): ShopSettings {
  const parsed = ShopSettings.safeParse(stored ?? {});
  return parsed.success ? parsed.data : ShopSettings.parse({});
}
