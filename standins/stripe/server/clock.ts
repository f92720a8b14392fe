// The stand-in's clock: wall time plus an offset that POST /__standin/clock/advance moves forward, so a test
// can make a 30-minute session expire without waiting. Webhook signatures use real time (the receiver's
// tolerance check compares with its own clock).
export class Clock {
  private offsetMs = 0;

  nowMs(): number {
    return Date.now() + this.offsetMs;
  }

  /** Unix seconds, as Stripe's `created` and `expires_at`. */
  now(): number {
    return Math.floor(this.nowMs() / 1000);
  }

  advance(seconds: number): void {
    this.offsetMs += seconds * 1000;
  }

  reset(): void {
    this.offsetMs = 0;
  }
}
