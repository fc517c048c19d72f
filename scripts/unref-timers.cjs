// Preloaded into the Prisma CLI (scripts/prisma-cli.ts): its WASM schema engine arms a long idle
// timer that would keep the process alive ~10 s after the work is done.
const originalSetTimeout = global.setTimeout;
global.setTimeout = function setTimeoutUnrefLong(callback, delay, ...args) {
  const timer = originalSetTimeout(callback, delay, ...args);
  if (typeof delay === "number" && delay >= 5000 && timer && typeof timer.unref === "function") timer.unref();
  return timer;
};
