// The in-process limiter against IGDB's two budgets, with real timers: no more than 4 starts in any
// window, no more than 8 in flight, and every task runs (no drops).
import { describe, expect, it } from "vitest";

import { createLocalLimiter } from "@/lib/igdb/limiter/request-limiter";

describe("local request limiter", () => {
  it("keeps ≤ 4 starts per second and ≤ 8 open, and runs every task", async () => {
    const limiter = createLocalLimiter({ perSecond: 4, open: 8, marginMs: 50 });
    const starts: number[] = [];
    let open = 0;
    let maxOpen = 0;
    const results = await Promise.all(
      Array.from({ length: 14 }, (_, i) =>
        limiter.schedule(async () => {
          starts.push(performance.now());
          open++;
          maxOpen = Math.max(maxOpen, open);
          await new Promise((r) => setTimeout(r, 1_500)); // long requests: the open budget binds too
          open--;
          return i;
        }),
      ),
    );
    expect(results).toEqual(Array.from({ length: 14 }, (_, i) => i));
    expect(maxOpen).toBeLessThanOrEqual(8);
    for (let i = 4; i < starts.length; i++) expect(starts[i]! - starts[i - 4]!).toBeGreaterThanOrEqual(1_000);
  });

  it("counts a slot from its answer, so a request delayed on our side cannot bunch up at IGDB", async () => {
    const limiter = createLocalLimiter({ perSecond: 1, open: 8, marginMs: 0 });
    const starts: number[] = [];
    const answers: number[] = [];
    await Promise.all(
      [0, 1].map(() =>
        limiter.schedule(async () => {
          starts.push(performance.now());
          await new Promise((r) => setTimeout(r, 400)); // e.g. the request sat in a busy event loop
          answers.push(performance.now());
        }),
      ),
    );
    expect(starts[1]! - answers[0]!).toBeGreaterThanOrEqual(999);
  });

  it("passes a task's failure to its caller and keeps going", async () => {
    const limiter = createLocalLimiter({ perSecond: 4, open: 1 });
    const failed = limiter.schedule(async () => {
      throw new Error("boom");
    });
    const next = limiter.schedule(async () => "ok");
    await expect(failed).rejects.toThrow("boom");
    await expect(next).resolves.toBe("ok");
  });
});
