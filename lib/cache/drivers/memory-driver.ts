// Zero-config driver: one process, no Redis. Same semantics as the Redis drivers (TTLs, NX, atomic
// compare-and-delete, SCAN patterns, pub/sub), so code written against the interface behaves the same.
import { EventEmitter } from "node:events";

import type { CacheDriver, SetOptions } from "../types";
import { compileGlob } from "./glob";

interface Entry {
  value: string | Set<string>;
  expiresAt: number; // Infinity without TTL
}

export function createMemoryDriver(): CacheDriver {
  const entries = new Map<string, Entry>();
  const bus = new EventEmitter();
  bus.setMaxListeners(0);

  const live = (key: string): Entry | undefined => {
    const entry = entries.get(key);
    if (entry && entry.expiresAt <= Date.now()) {
      entries.delete(key);
      return undefined;
    }
    return entry;
  };
  const expiry = (ttlMs?: number) => (ttlMs === undefined ? Number.POSITIVE_INFINITY : Date.now() + ttlMs);
  const text = (entry: Entry | undefined): string | null => (entry && typeof entry.value === "string" ? entry.value : null);

  return {
    kind: "memory",
    async get(key) {
      return text(live(key));
    },
    async set(key, value, options: SetOptions = {}) {
      if (options.onlyIfAbsent && live(key)) return false;
      entries.set(key, { value, expiresAt: expiry(options.ttlMs) });
      return true;
    },
    async delete(keys) {
      let removed = 0;
      for (const key of keys) if (live(key) && entries.delete(key)) removed++;
      return removed;
    },
    async compareAndDelete(key, expected) {
      if (text(live(key)) !== expected) return false;
      entries.delete(key);
      return true;
    },
    async increment(key, ttlMs) {
      const entry = live(key);
      const next = (entry ? Number(text(entry)) : 0) + 1;
      if (!Number.isInteger(next)) throw new Error("ERR value is not an integer or out of range");
      entries.set(key, { value: String(next), expiresAt: entry ? entry.expiresAt : expiry(ttlMs) });
      return next;
    },
    async ttl(key) {
      const entry = live(key);
      if (!entry) return -2;
      return Number.isFinite(entry.expiresAt) ? Math.max(0, entry.expiresAt - Date.now()) : -1;
    },
    async addToSet(key, members, ttlMs) {
      const entry = live(key);
      const set = entry && entry.value instanceof Set ? entry.value : new Set<string>();
      for (const m of members) set.add(m);
      entries.set(key, { value: set, expiresAt: ttlMs === undefined && entry ? entry.expiresAt : expiry(ttlMs) });
    },
    async setMembers(key) {
      const entry = live(key);
      return entry && entry.value instanceof Set ? [...entry.value] : [];
    },
    async scanKeys(pattern, limit = 10_000) {
      const matches = compileGlob(pattern);
      const found: string[] = [];
      for (const key of entries.keys()) {
        if (found.length >= limit) break;
        if (matches(key) && live(key)) found.push(key);
      }
      return found;
    },
    async publish(channel, message) {
      // Asynchronous like a real broker: a publisher never runs subscribers inside its own call.
      queueMicrotask(() => bus.emit(channel, message));
    },
    async subscribe(channel, onMessage) {
      bus.on(channel, onMessage);
      return async () => {
        bus.off(channel, onMessage);
      };
    },
    async info() {
      // Approximate: UTF-8 bytes of live keys and values, not the JS heap they occupy.
      let bytes = 0;
      let keys = 0;
      for (const [key, entry] of [...entries]) {
        if (!live(key)) continue;
        keys++;
        bytes += Buffer.byteLength(key);
        if (typeof entry.value === "string") bytes += Buffer.byteLength(entry.value);
        else for (const member of entry.value) bytes += Buffer.byteLength(member);
      }
      return { usedMemoryBytes: bytes, keys, maxMemoryBytes: null, evictedKeys: null, hits: null, misses: null };
    },
    async keyType(key) {
      const entry = live(key);
      if (!entry) return "none";
      return typeof entry.value === "string" ? "string" : "set";
    },
    async ping() {},
    async close() {
      entries.clear();
      bus.removeAllListeners();
    },
  };
}
