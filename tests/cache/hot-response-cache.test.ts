import { describe, expect, it } from "vitest";

import { HotResponseCache } from "@/lib/cache/hot-response-cache";

const make = (maxSize = 1_000) =>
  new HotResponseCache<{ body: string }>({ maxSize, ttlMs: 60_000, sizeOf: (v) => JSON.stringify(v).length });

describe("HotResponseCache", () => {
  it("returns what was stored under a ticket taken before the read", () => {
    const cache = make();
    const ticket = cache.ticket();
    expect(cache.set("k", { body: "v1" }, ticket)).toBe(true);
    expect(cache.get("k")).toEqual({ body: "v1" });
  });

  it("drops everything on invalidateAll", () => {
    const cache = make();
    cache.set("a", { body: "1" }, cache.ticket());
    cache.set("b", { body: "2" }, cache.ticket());
    cache.invalidateAll();
    expect(cache.get("a")).toBeUndefined();
    expect(cache.get("b")).toBeUndefined();
    expect(cache.size).toBe(0);
  });

  it("refuses a value read before an invalidation that happened while it was being read", () => {
    const cache = make();
    const ticket = cache.ticket(); // a read starts
    cache.invalidateAll(); // a write lands meanwhile
    expect(cache.set("k", { body: "read from the old rows" }, ticket)).toBe(false);
    expect(cache.get("k")).toBeUndefined();
    expect(cache.set("k", { body: "read after" }, cache.ticket())).toBe(true);
  });

  it("stays within its size, dropping the least recently used first", () => {
    const cache = make(60); // each entry is 20 units: room for three
    for (const key of ["a", "b", "c"]) cache.set(key, { body: key.repeat(9) }, cache.ticket());
    cache.get("a"); // a is now the most recent
    cache.set("d", { body: "d".repeat(9) }, cache.ticket());
    expect(cache.get("b")).toBeUndefined();
    expect(cache.get("a")).toBeDefined();
    expect(cache.get("d")).toBeDefined();
  });
});
