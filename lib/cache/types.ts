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

/** What the server says about itself, for the admin console; null where a backend cannot tell. */
export interface CacheInfo {
  usedMemoryBytes: number | null;
  /** Keys in the whole database (DBSIZE), Questlog's and anyone else's. */
  keys: number | null;
  maxMemoryBytes?: number | null;
  evictedKeys?: number | null;
  /** Server-wide keyspace hits and misses since the server started (every client, every key). */
  hits?: number | null;
  misses?: number | null;
}

/** A key's Redis type (TYPE), "none" when it does not exist. */
export type CacheKeyType = "string" | "set" | "list" | "hash" | "zset" | "stream" | "none" | (string & {});

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
  /** Memory, key count and server stats (INFO, DBSIZE); optional so test doubles need not implement it. */
  info?(): Promise<CacheInfo>;
  /** TYPE of a key, so a lookup knows whether to GET it or read its members. */
  keyType?(key: string): Promise<CacheKeyType>;
  ping(): Promise<void>;
  close(): Promise<void>;
}
