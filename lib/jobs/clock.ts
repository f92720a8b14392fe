// Time and timers behind one seam: tests may inject their own, and the default reads the globals at each
// call (not at import), so vitest's fake timers drive backoff, delays, rate limits and cron alike.

export interface Clock {
  now(): number;
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export const systemClock: Clock = {
  now: () => Date.now(),
  setTimeout(callback, ms) {
    const handle = setTimeout(callback, ms);
    // A pending retry or cron run must not keep a CLI process alive once its work is done.
    handle.unref?.();
    return handle;
  },
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

/** Waits for `work` at most `ms`; true when it settled in time. */
export async function settlesWithin(work: Promise<unknown>, ms: number, clock: Clock = systemClock): Promise<boolean> {
  let timer: unknown;
  const settled = await Promise.race([
    work.then(
      () => true,
      () => true,
    ),
    new Promise<boolean>((resolve) => (timer = clock.setTimeout(() => resolve(false), ms))),
  ]);
  clock.clearTimeout(timer);
  return settled;
}
