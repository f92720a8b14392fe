// Fails fast while IGDB is down, instead of making every search wait for timeouts and retries. After
// `failureThreshold` consecutive failed calls the circuit opens for `cooldownMs`; then one trial call is let
// through (half-open): success closes the circuit, failure opens it again.
import { IgdbError } from "../errors";

export type CircuitState = "closed" | "open" | "half_open";

export interface CircuitBreakerOptions {
  failureThreshold: number;
  cooldownMs: number;
  now?: () => number;
}

export class CircuitBreaker {
  private failures = 0;
  private openedAt = 0;
  private trialInFlight = false;
  private opened = false;
  private readonly now: () => number;

  constructor(private readonly options: CircuitBreakerOptions) {
    this.now = options.now ?? Date.now;
  }

  get state(): CircuitState {
    if (!this.opened) return "closed";
    return this.now() - this.openedAt >= this.options.cooldownMs ? "half_open" : "open";
  }

  /** Runs call unless the circuit is open; counts its outcome. Only transient IGDB failures count. */
  async run<T>(call: () => Promise<T>): Promise<T> {
    const state = this.state;
    if (state === "open" || (state === "half_open" && this.trialInFlight)) {
      const retryAfterMs = Math.max(0, this.options.cooldownMs - (this.now() - this.openedAt));
      throw new IgdbError("circuit_open", "IGDB is unavailable; failing fast until it recovers.", { retryAfterMs });
    }
    const trial = state === "half_open";
    if (trial) this.trialInFlight = true;
    try {
      const result = await call();
      this.failures = 0;
      this.opened = false;
      return result;
    } catch (error) {
      if (error instanceof IgdbError && error.transient) this.recordFailure(trial);
      throw error;
    } finally {
      if (trial) this.trialInFlight = false;
    }
  }

  private recordFailure(trial: boolean): void {
    this.failures++;
    if (trial || this.failures >= this.options.failureThreshold) {
      this.opened = true;
      this.openedAt = this.now();
    }
  }
}
