import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { afterCrash, RESTART_POLICY, startStack, type Stack } from "../scripts/stack";
import { TEST_API_KEY, TEST_API_SECRET } from "./config";
import { createFreshDatabase } from "./fresh-database";

// `npm run demo` runs the app under startStack's supervisor: an app process that dies unasked
// (here SIGKILL, as the OOM killer would) is started again, and the demo's output says so.

describe("the restart policy", () => {
  const policy = { firstDelayMs: 100, maxDelayMs: 1000, stableAfterMs: 30_000, maxCrashesInRow: 5 };

  it("restarts at once-ish, then backs off doubling while the app keeps dying young, up to a ceiling", () => {
    const delays: Array<number | null> = [];
    let crashes = 0;
    for (let crash = 0; crash < 4; crash++) {
      const next = afterCrash({ ...policy, maxCrashesInRow: 10 }, crashes, 2_000);
      crashes = next.crashesInRow;
      delays.push(next.restartInMs);
    }
    expect(delays).toEqual([100, 200, 400, 800]);
    expect(afterCrash({ ...policy, maxCrashesInRow: 10 }, 6, 2_000).restartInMs).toBe(1000);
  });

  it("gives up after a few crashes in a row, each soon after starting", () => {
    expect(afterCrash(policy, 3, 1_000)).toEqual({ crashesInRow: 4, restartInMs: 800 });
    expect(afterCrash(policy, 4, 1_000)).toEqual({ crashesInRow: 5, restartInMs: null });
  });

  it("counts afresh after a run that lasted", () => {
    expect(afterCrash(policy, 4, 60_000)).toEqual({ crashesInRow: 1, restartInMs: 100 });
    expect(RESTART_POLICY.maxCrashesInRow).toBeGreaterThan(1);
  });
});

describe("the app under the stack's supervisor", () => {
  let stack: Stack;
  const announced: string[] = [];

  beforeAll(async () => {
    stack = await startStack({
      databaseUrl: await createFreshDatabase("frontdesk_supervisor"),
      apiKey: TEST_API_KEY,
      apiSecret: TEST_API_SECRET,
      announce: (line) => announced.push(line),
      // Three crashes in a row end it here, so that giving up is seen within the test's time.
      restartPolicy: { ...RESTART_POLICY, maxCrashesInRow: 3 },
    });
  }, 120_000);

  afterAll(async () => {
    await stack?.stop();
  });

  async function healthThroughTunnel(): Promise<number> {
    try {
      return (await fetch(`${stack.appUrl}/healthz`)).status;
    } catch {
      return 0;
    }
  }

  it("is started again after SIGKILL, answers through the tunnel within seconds, and the demo says so", async () => {
    expect(await healthThroughTunnel()).toBe(200);
    const killed = stack.appPid()!;
    process.kill(killed, "SIGKILL");

    const deadline = Date.now() + 20_000;
    let sawOutage = false;
    for (;;) {
      const status = await healthThroughTunnel();
      if (status !== 200) sawOutage = true;
      if (status === 200 && sawOutage && stack.appPid() !== killed) break;
      if (Date.now() > deadline) throw new Error(`The app did not answer through the tunnel within 20 s; announced: ${JSON.stringify(announced)}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(stack.appPid()).not.toBe(killed);
    expect(announced[0]).toMatch(/^The app was killed \(SIGKILL\) after [\d.]+ s; restarting it in 0\.25 s/);
    await expect.poll(() => announced.at(-1), { timeout: 5_000 }).toMatch(/^The app is answering again \(pid \d+\)\.$/);
  }, 30_000);

  it("stops restarting, and says why, when the app keeps dying soon after it starts", async () => {
    // The first test's crash counts too: this one and the next make three in a row.
    const before = announced.length;
    process.kill(stack.appPid()!, "SIGKILL");
    await expect.poll(() => announced.slice(before), { timeout: 15_000 }).toEqual([
      expect.stringMatching(/restarting it in 0\.50 s \(crash 2 in a row; giving up at 3\)/),
      expect.stringMatching(/^The app is answering again/),
    ]);
    process.kill(stack.appPid()!, "SIGKILL");
    await expect
      .poll(() => announced.slice(before + 2), { timeout: 5_000 })
      .toEqual([expect.stringMatching(/^The app was killed \(SIGKILL\) 3 times in a row, each within 30 s of starting: not restarting it again/)]);
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect(await healthThroughTunnel()).toBe(502);
  }, 30_000);
});
