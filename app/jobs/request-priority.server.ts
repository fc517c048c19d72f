/**
 * Webhook requests come before applying them. The receiver and the in-process job worker share
 * one event loop: under a burst, a worker that applies as fast as it can halves how many
 * deliveries the receiver acknowledges, while Shopify's 5 s answer deadline is the hard one and
 * the mirror's freshness the soft one. So the apply job takes its next delivery when no webhook is
 * being received, or after `maxWaitMs` at the latest (it always progresses). At a steady rate the
 * receiver is idle most of the time and the job runs at once; a worker in a process of its own
 * (RUN_WORKER=false on the web processes) never waits.
 */
let receiving = 0;
let idle: Array<() => void> = [];

/** Marks a webhook request as being received; call the returned function when it is answered. */
export function beginReceiving(): () => void {
  receiving++;
  let ended = false;
  return () => {
    if (ended) return;
    ended = true;
    receiving--;
    if (receiving === 0) {
      const waiting = idle;
      idle = [];
      for (const resolve of waiting) resolve();
    }
  };
}

/** Resolves when no webhook is being received, or after `maxWaitMs`. */
export function whenReceiverIdle(maxWaitMs: number): Promise<void> {
  if (receiving === 0) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, maxWaitMs);
    idle.push(() => {
      clearTimeout(timer);
      resolve();
    });
  });
}
