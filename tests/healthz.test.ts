import { describe, expect, it } from "vitest";
import { loader } from "~/routes/healthz";

describe("GET /healthz", () => {
  it("reports the database and the queue as JSON", async () => {
    const response = await loader();
    const body = await response.json();
    expect(body).toMatchObject({
      database: { ok: true },
      queue: { waiting: expect.any(Number), failed: expect.any(Number) },
    });
    expect(response.headers.get("Cache-Control")).toBe("no-store");
  });

  it("is healthy in a web-only process (RUN_WORKER=false) that leaves jobs to worker processes", async () => {
    const response = await loader();
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ ok: true, queue: { ok: true, workerRunning: false } });
  });
});
