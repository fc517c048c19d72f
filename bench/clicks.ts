/**
 * Clicks benchmark (`npm run bench -- clicks`): the three commonest order jobs — a size swap (with
 * the invoice for the difference), a partial refund with restock, an address change — clicked
 * through in Chromium from the open ticket to done by e2e/order-actions.test.ts, which counts the
 * clicks (a choice in a select is one) and the seconds. The target is at most 5 clicks each.
 */
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

export const CLICK_TARGET = 5;

export async function benchClicks(options: { log: (line: string) => void }) {
  const dir = mkdtempSync(path.join(tmpdir(), "frontdesk-clicks-"));
  const file = path.join(dir, "clicks.json");
  try {
    const code = await new Promise<number | null>((resolve) => {
      const child = spawn("npx", ["vitest", "run", "--project", "e2e", "e2e/order-actions.test.ts"], { env: { ...process.env, CLICKS_RESULT_FILE: file }, stdio: ["ignore", "ignore", "inherit"] });
      child.on("exit", resolve);
    });
    if (code !== 0) throw new Error(`e2e/order-actions.test.ts failed (exit ${code})`);
    const { measuredAt, jobs } = JSON.parse(readFileSync(file, "utf8")) as { measuredAt: string; jobs: Array<{ job: string; clicks: number; seconds: number }> };
    for (const job of jobs) options.log(`${job.job}: ${job.clicks} clicks, ${job.seconds} s`);
    return { measuredAt, target: { clicks: CLICK_TARGET }, jobs, met: jobs.every((job) => job.clicks <= CLICK_TARGET) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
