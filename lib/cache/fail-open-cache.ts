// Every cache call has a deadline and fails open: when Redis is slow or down the caller gets the
// fallback (a miss, "not written", no lock) and carries on with SQLite and IGDB. Failures are logged
// (once per burst) and counted for /api/metrics; they never become a 5xx.
import { FailureRecorder, type FailureStats } from "./failure-recorder";
import type { CacheDriver, CacheDriverKind, CacheInfo, CacheKeyType, SetOptions } from "./types";
import { withDeadline } from "./with-deadline";

export type CacheFailureStats = FailureStats;

export class FailOpenCache {
  readonly stats: CacheFailureStats = { errors: 0, timeouts: 0, lastError: null, lastErrorAt: null };
  private readonly failures = new FailureRecorder(this.stats, "cache unavailable; failing open");

  constructor(
    readonly driver: CacheDriver,
    private readonly timeoutMs: number,
    private readonly failOpen = true,
  ) {}

  /**
   * The same cache, deadlines included, whose calls throw instead of failing open: for the admin console,
   * where "0 keys" while Redis is down would mislead. Its failures are its caller's alone, never counted
   * with (or mistaken for) the failures of requests running at the same moment.
   */
  strict(): FailOpenCache {
    return new FailOpenCache(this.driver, this.timeoutMs, false);
  }

  get kind(): CacheDriverKind {
    return this.driver.kind;
  }

  /** `patience` multiplies the deadline, for reads whose miss would cost an upstream call (dedupe). */
  get(key: string, patience = 1): Promise<string | null> {
    return this.guard("get", null, () => this.driver.get(key), this.timeoutMs * patience);
  }

  set(key: string, value: string, options?: SetOptions): Promise<boolean> {
    return this.guard("set", false, () => this.driver.set(key, value, options));
  }

  /**
   * SET NX PX for locks, telling "someone else holds it" from "Redis could not be asked": a caller must
   * not wait on a lock nobody can see.
   */
  acquire(key: string, token: string, ttlMs: number): Promise<"acquired" | "held" | "unavailable"> {
    // A longer deadline than reads: giving up here means an upstream call per instance instead of one.
    return this.guard<"acquired" | "held" | "unavailable">(
      "acquire",
      "unavailable",
      async () => ((await this.driver.set(key, token, { onlyIfAbsent: true, ttlMs })) ? "acquired" : "held"),
      this.timeoutMs * 4,
    );
  }

  delete(keys: readonly string[]): Promise<number> {
    return this.guard("delete", 0, () => this.driver.delete(keys));
  }

  compareAndDelete(key: string, expected: string): Promise<boolean> {
    return this.guard("compareAndDelete", false, () => this.driver.compareAndDelete(key, expected));
  }

  /** Null when Redis could not count: callers decide what an unknown count means (rate limits allow). */
  increment(key: string, ttlMs?: number): Promise<number | null> {
    return this.guard<number | null>("increment", null, () => this.driver.increment(key, ttlMs));
  }

  ttl(key: string): Promise<number> {
    return this.guard("ttl", -2, () => this.driver.ttl(key));
  }

  addToSet(key: string, members: readonly string[], ttlMs?: number): Promise<void> {
    return this.guard("addToSet", undefined, () => this.driver.addToSet(key, members, ttlMs));
  }

  setMembers(key: string): Promise<string[]> {
    return this.guard("setMembers", [], () => this.driver.setMembers(key));
  }

  scanKeys(pattern: string, limit?: number): Promise<string[]> {
    return this.guard("scanKeys", [], () => this.driver.scanKeys(pattern, limit), this.timeoutMs * 20);
  }

  publish(channel: string, message: string): Promise<void> {
    return this.guard("publish", undefined, () => this.driver.publish(channel, message));
  }

  /** Null when the subscription could not be made: waiters fall back to polling. */
  subscribe(channel: string, onMessage: (message: string) => void): Promise<(() => Promise<void>) | null> {
    return this.guard<(() => Promise<void>) | null>("subscribe", null, () => this.driver.subscribe(channel, onMessage), this.timeoutMs * 8);
  }

  /** Null when the driver has no scripting (memory) or Redis could not be asked. */
  runScript(script: string, keys: readonly string[], args: ReadonlyArray<string | number>): Promise<unknown> {
    const run = this.driver.runScript;
    if (!run) return Promise.resolve(null);
    return this.guard<unknown>("runScript", null, () => run(script, keys, args));
  }

  /** Null when the driver cannot tell or Redis could not be asked (admin console). */
  info(): Promise<CacheInfo | null> {
    const info = this.driver.info;
    if (!info) return Promise.resolve(null);
    return this.guard<CacheInfo | null>("info", null, () => info.call(this.driver), this.timeoutMs * 4);
  }

  /** Null when the driver cannot tell or Redis could not be asked. */
  keyType(key: string): Promise<CacheKeyType | null> {
    const keyType = this.driver.keyType;
    if (!keyType) return Promise.resolve(null);
    return this.guard<CacheKeyType | null>("keyType", null, () => keyType.call(this.driver, key));
  }

  /** For health checks: throws instead of failing open. */
  async ping(): Promise<void> {
    await withDeadline(this.driver.ping(), this.timeoutMs * 4);
  }

  close(): Promise<void> {
    return this.driver.close();
  }

  private async guard<T>(op: string, fallback: T, run: () => Promise<T>, timeoutMs = this.timeoutMs): Promise<T> {
    try {
      return await withDeadline(run(), timeoutMs);
    } catch (error) {
      if (!this.failOpen) throw error;
      this.failures.record(op, error, { driver: this.driver.kind });
      return fallback;
    }
  }
}
