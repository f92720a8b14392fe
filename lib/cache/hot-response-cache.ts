// An in-process L1 for hot answers (repeated searches, game lookups): a bounded LRU with a short TTL in front of
// the shared cache and the replica. Measured on `next start` (docs/throughput.md): a repeated search answered here
// skips the index, SQLite, the summary reads and, with Redis, the GET and JSON.parse of the entry.
//
// Freshness is the caller's contract, kept by two rules:
// - invalidateAll() drops everything, and whoever owns the data calls it when the data changes (lib/search
//   subscribes it to the batches this instance's drainer applies, which every instance applies: the same moment
//   its own replica changes, so an instance never serves from here what its replica no longer says);
// - a value computed while an invalidation happened is not stored: set() takes the ticket taken before the read
//   began, so an answer read from the old rows cannot land after the write that replaced them.
// The TTL bounds what no write announces (an admin's purge of the shared cache), not correctness.
//
// lru-cache (isaacs, the LRU behind npm itself) rather than a hand-written Map: size by bytes, TTL and LRU order
// are its whole job, tested far beyond what a Map with a sweep would be here.
import { LRUCache } from "lru-cache";

export interface HotResponseCacheOptions {
  /** Upper bound on what is held, in the units `sizeOf` returns (approximate bytes). */
  maxSize: number;
  ttlMs: number;
  sizeOf: (value: object) => number;
}

/** Taken before reading what will be stored: set() refuses it once an invalidation has happened since. */
export type HotResponseTicket = number & { readonly __hotResponseTicket: unique symbol };

export class HotResponseCache<V extends object> {
  private readonly entries: LRUCache<string, V>;
  private epoch = 0;

  constructor(options: HotResponseCacheOptions) {
    this.entries = new LRUCache<string, V>({
      maxSize: options.maxSize,
      ttl: options.ttlMs,
      sizeCalculation: (value) => Math.max(1, options.sizeOf(value)),
      // Expiry checked on read: no timers, and a stale entry is never handed out.
      ttlAutopurge: false,
    });
  }

  get size(): number {
    return this.entries.size;
  }

  ticket(): HotResponseTicket {
    return this.epoch as HotResponseTicket;
  }

  get(key: string): V | undefined {
    return this.entries.get(key);
  }

  /** Stores `value` unless an invalidation happened after `ticket` was taken; says whether it did. */
  set(key: string, value: V, ticket: HotResponseTicket): boolean {
    if (ticket !== this.epoch) return false;
    this.entries.set(key, value);
    return true;
  }

  invalidateAll(): void {
    this.epoch++;
    this.entries.clear();
  }
}
