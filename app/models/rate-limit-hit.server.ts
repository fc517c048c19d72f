import prisma from "~/db.server";

// One row per accepted attempt and key, per shop. Keys in use: "ip:<address or IPv6 /64>",
// "email:<address>", and "shop" (every accepted contact form submission of the shop).

export interface RateLimit {
  key: string;
  /** Attempts allowed within the window. */
  limit: number;
}

export type RateLimitDecision = { allowed: true } | { allowed: false; key: string; retryAfterMs: number };

/**
 * Checks each limit over the last `windowMs` and, when none is reached, records one hit under
 * every key; a refused attempt records nothing. Attempts for one shop and `scope` are taken one
 * at a time (a transaction-scoped advisory lock), so a count and the hits after it cannot
 * interleave with another request's.
 */
export async function takeRateLimits(shop: string, scope: string, limits: RateLimit[], options: { windowMs: number; now?: Date }): Promise<RateLimitDecision> {
  const now = options.now ?? new Date();
  const since = new Date(now.getTime() - options.windowMs);
  return prisma.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`${scope}:${shop}`}))`;
    for (const { key, limit } of limits) {
      const hits = await tx.rateLimitHit.aggregate({ where: { shopId: shop, key, createdAt: { gte: since } }, _count: true, _min: { createdAt: true } });
      if (hits._count >= limit) {
        // A slot frees when the oldest hit in the window leaves it.
        const oldest = hits._min.createdAt ?? now;
        return { allowed: false as const, key, retryAfterMs: Math.max(0, oldest.getTime() + options.windowMs - now.getTime()) };
      }
    }
    await tx.rateLimitHit.createMany({ data: limits.map(({ key }) => ({ shopId: shop, key, createdAt: now })) });
    return { allowed: true as const };
  });
}

/** Hits older than `before` (by default a day) serve no window in use. */
export async function purgeRateLimitHits(before = new Date(Date.now() - 86_400_000)): Promise<number> {
  const { count } = await prisma.rateLimitHit.deleteMany({ where: { createdAt: { lt: before } } });
  return count;
}
