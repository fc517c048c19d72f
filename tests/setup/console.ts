import { afterEach, beforeEach, vi, type MockInstance } from "vitest";

/**
 * An unexpected `console.error` fails the test that caused it (as epic-stack does): the app logs
 * with console.error only when something went wrong, so a test that passes while it logs one is
 * hiding a problem. A test of a failure path that logs on purpose calls `expectConsoleError()`.
 */
let spy: MockInstance<typeof console.error> | undefined;
let calls: unknown[][] = [];
let expected = false;

/**
 * Declares that the current test expects `console.error`: it no longer fails the test, and is
 * not printed. Returns the spy, for assertions (`expect(spy).toHaveBeenCalledWith(...)`).
 */
export function expectConsoleError(): MockInstance<typeof console.error> {
  if (!spy) throw new Error("expectConsoleError() is called inside a test");
  expected = true;
  spy.mockImplementation((...args: unknown[]) => {
    calls.push(args);
  });
  return spy;
}

/** Registers the hooks; tests/setup/test-environment.ts calls it for every test file. */
export function failOnConsoleError() {
  beforeEach(() => {
    calls = [];
    expected = false;
    const original = console.error.bind(console);
    spy = vi.spyOn(console, "error").mockImplementation((...args: unknown[]) => {
      // Recorded here, not only in spy.mock.calls, so that a test's vi.restoreAllMocks() in an
      // afterEach of its own (which runs before this one) does not wipe the evidence.
      calls.push(args);
      original(...args);
    });
  });

  afterEach(() => {
    const unexpected = expected ? [] : calls;
    spy?.mockRestore();
    spy = undefined;
    calls = [];
    expected = false;
    if (unexpected.length > 0) {
      const printed = unexpected.map((args) => args.map(describe).join(" ")).join("\n  ");
      throw new Error(
        `console.error was called ${unexpected.length} time(s) during this test:\n  ${printed}\n` +
          `If the test expects it, call expectConsoleError() from tests/setup/console.ts in the test.`,
      );
    }
  });
}

function describe(value: unknown): string {
  if (value instanceof Error) return value.stack ?? value.message;
  if (typeof value === "string") return value;
  try {
    return JSON.stringify(value);
  } catch {
    return String(value);
  }
}
