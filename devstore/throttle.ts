/** Shopify's leaky bucket of query cost points, one per shop (and app). */
export interface ThrottleStatus {
  maximumAvailable: number;
  currentlyAvailable: number;
  restoreRate: number;
}

export interface CostBucket {
  /** Takes `cost` points if the bucket holds them; a forced throttle (test hook) always refuses. */
  take(cost: number): { ok: boolean; status: ThrottleStatus };
  /** Returns points Shopify refunds when the actual cost is below the requested cost. */
  refund(points: number): ThrottleStatus;
  status(): ThrottleStatus;
  /** Test hook: answer THROTTLED to the next `calls` requests whatever the bucket holds. */
  forceThrottle(calls: number): void;
  /** Test hook: empty (0) or refill the bucket. */
  setAvailable(points: number): void;
}

export function createCostBucket(options: { maximumAvailable?: number; restoreRate?: number; now?: () => number } = {}): CostBucket {
  const maximumAvailable = options.maximumAvailable ?? 2000;
  const restoreRate = options.restoreRate ?? 100;
  const now = options.now ?? Date.now;
  let available = maximumAvailable;
  let updatedAt = now();
  let forced = 0;

  const refill = () => {
    const time = now();
    available = Math.min(maximumAvailable, available + ((time - updatedAt) / 1000) * restoreRate);
    updatedAt = time;
  };
  const status = (): ThrottleStatus => ({ maximumAvailable, currentlyAvailable: Math.floor(available), restoreRate });

  return {
    take(cost) {
      refill();
      if (forced > 0) {
        forced -= 1;
        return { ok: false, status: status() };
      }
      if (cost > available) return { ok: false, status: status() };
      available -= cost;
      return { ok: true, status: status() };
    },
    refund(points) {
      refill();
      available = Math.min(maximumAvailable, available + Math.max(0, points));
      return status();
    },
    status() {
      refill();
      return status();
    },
    forceThrottle(calls) {
      forced = calls;
    },
    setAvailable(points) {
      refill();
      available = Math.max(0, Math.min(maximumAvailable, points));
    },
  };
}
