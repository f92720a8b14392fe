// "At most max starts per durationMs", kept as the last `max` start times: a start is allowed once the
// oldest of them has left the window. Strict for any window, so it never exceeds what BullMQ's fixed
// window allows.

export class SlidingWindowLimiter {
  private readonly starts: number[] = [];

  constructor(
    private readonly max: number,
    private readonly durationMs: number,
  ) {
    if (!Number.isInteger(max) || max < 1) throw new RangeError(`rateLimit.max must be a positive integer, got ${max}`);
    if (!(durationMs > 0)) throw new RangeError(`rateLimit.durationMs must be positive, got ${durationMs}`);
  }

  /** 0 when a job may start now, else how long until one may. */
  waitMs(now: number): number {
    if (this.starts.length < this.max) return 0;
    const oldest = this.starts[0] ?? now;
    return Math.max(0, oldest + this.durationMs - now);
  }

  recordStart(now: number): void {
    this.starts.push(now);
    if (this.starts.length > this.max) this.starts.shift();
  }
}
