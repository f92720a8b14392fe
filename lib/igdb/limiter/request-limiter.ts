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
  /** Added to IGDB's 1,000 ms window as a safety margin. */
  marginMs?: number;
}

/**
 * IGDB counts arrivals at its end, and we cannot see when ours arrive: a busy event loop can hold a granted
 * request for hundreds of milliseconds before it is written, so timing the window from the grant lets
 * two groups of four land within one of IGDB's seconds (seen under load). So a slot's time is when its
 * answer came back (the request certainly arrived before that), and an unanswered request holds its slot
 * indefinitely. The next request in that slot then arrives more than a window after the previous one.
 */
export function createLocalLimiter({ perSecond, open, marginMs = 100 }: LocalLimiterOptions): RequestLimiter {
  const windowMs = 1000 + marginMs;
  const slots: Array<{ answeredAt: number }> = []; // Infinity while in flight
  const queue: Array<(slot: { answeredAt: number }) => void> = [];
  let running = 0;
  let timer: NodeJS.Timeout | null = null;

  const pump = (): void => {
    timer = null;
    while (queue.length > 0 && running < open) {
      const now = performance.now();
      for (let i = slots.length - 1; i >= 0; i--) if (now - slots[i]!.answeredAt >= windowMs) slots.splice(i, 1);
      if (slots.length >= perSecond) {
        const oldest = Math.min(...slots.map((s) => s.answeredAt));
        // All in flight: the next answer calls pump().
        if (Number.isFinite(oldest)) timer = setTimeout(pump, windowMs - (now - oldest) + 1);
        return;
      }
      const slot = { answeredAt: Number.POSITIVE_INFINITY };
      slots.push(slot);
      running++;
      queue.shift()!(slot);
    }
  };

  return {
    get waiting() {
      return queue.length;
    },
    schedule<T>(task: () => Promise<T>): Promise<T> {
      return new Promise<T>((resolve, reject) => {
        queue.push((slot) => {
          task()
            .then(resolve, reject)
            .finally(() => {
              slot.answeredAt = performance.now();
              running--;
              if (timer) clearTimeout(timer);
              pump();
            });
        });
        if (!timer) pump();
      });
    },
  };
}
