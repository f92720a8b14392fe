// IGDB allows 4 requests per second and 8 open requests per app; beyond that it answers 429. The limiter
// queues callers (no drops) and starts each request only when both budgets allow. This in-process version
// holds for one process; the Redis layer provides a global one behind the same interface.

export interface RequestLimiter {
  /** Runs task when a request slot is free; resolves or rejects with the task's outcome. */
  schedule<T>(task: () => Promise<T>): Promise<T>;
  /** Callers waiting for a slot right now (for metrics and for batching decisions). */
  readonly waiting: number;
}

export interface LocalLimiterOptions {
  perSecond: number;
  open: number;
  /**
   * IGDB counts arrivals, not our departures: network jitter can bunch requests sent 1000 ms apart into one
   * of its seconds. The window is widened by this margin so a burst never reaches a fifth request per second.
   */
  marginMs?: number;
}

export function createLocalLimiter({ perSecond, open, marginMs = 100 }: LocalLimiterOptions): RequestLimiter {
  const windowMs = 1000 + marginMs;
  const starts: number[] = []; // start times within the current window, oldest first
  const queue: Array<() => void> = [];
  let running = 0;
  let timer: NodeJS.Timeout | null = null;

  const pump = (): void => {
    timer = null;
    while (queue.length > 0 && running < open) {
      const now = performance.now();
      while (starts.length > 0 && now - starts[0]! >= windowMs) starts.shift();
      if (starts.length >= perSecond) {
        timer = setTimeout(pump, windowMs - (now - starts[0]!) + 1);
        return;
      }
      starts.push(now);
      running++;
      queue.shift()!();
    }
  };

  return {
    get waiting() {
      return queue.length;
    },
    schedule<T>(task: () => Promise<T>): Promise<T> {
      return new Promise<T>((resolve, reject) => {
        queue.push(() => {
          task()
            .then(resolve, reject)
            .finally(() => {
              running--;
              if (!timer) pump();
            });
        });
        if (!timer) pump();
      });
    },
  };
}
