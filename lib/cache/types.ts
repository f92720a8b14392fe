// The narrow interface every Redis-ish backend implements: what Questlog needs (cache entries, locks,
// counters, tags, pattern invalidation, pub/sub), not all of Redis. Atomic operations that need Lua on
// Redis (compare-and-delete) are methods here, so the in-memory driver implements them natively.

export type CacheDriverKind = "memory" | "redis" | "upstash";

export interface SetOptions {
  /** Expire after this many milliseconds (PX). */
  ttlMs?: number;
  /** Only set when the key does not exist (NX); set() then says whether it did. */
  onlyIfAbsent?: boolean;
}

export interface CacheDriver {
  readonly kind: CacheDriverKind;
  get(key: string): Promise<string | null>;
  /** True when written (always, unless onlyIfAbsent found the key). */
  set(key: string, value: string, options?: SetOptions): Promise<boolean>;
  /** Number of keys removed. */
  delete(keys: readonly string[]): Promise<number>;
  /** Deletes key only while it still holds expected (a lock released by its owner only). Atomic. */
  compareAndDelete(key: string, expected: string): Promise<boolean>;
  /** INCR, setting the TTL when the key is new. */
  increment(key: string, ttlMs?: number): Promise<number>;
  /** Milliseconds left, -1 without expiry, -2 when missing (PTTL). */
  ttl(key: string): Promise<number>;
  addToSet(key: string, members: readonly string[], ttlMs?: number): Promise<void>;
  setMembers(key: string): Promise<string[]>;
  /** Keys matching a glob pattern (SCAN, never KEYS), at most `limit`. */
  scanKeys(pattern: string, limit?: number): Promise<string[]>;
  publish(channel: string, message: string): Promise<void>;
  /** Resolves once subscribed; the returned function unsubscribes. */
  subscribe(channel: string, onMessage: (message: string) => void): Promise<() => Promise<void>>;
  /** EVAL of a Lua script, on the Redis drivers only (shared limiters need server-side atomicity). */
  runScript?(script: string, keys: readonly string[], args: ReadonlyArray<string | number>): Promise<unknown>;
  ping(): Promise<void>;
  close(): Promise<void>;
}
