// One behavioural contract, run against every driver (memory, TCP Redis, Upstash REST through the bridge
// to the same real Redis): what one driver does, all do.
import { randomUUID } from "node:crypto";

import { afterAll, beforeAll, describe, expect, it } from "vitest";

import type { CacheDriver } from "@/lib/cache/types";

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export function describeCacheDriver(name: string, open: () => Promise<{ driver: CacheDriver; close: () => Promise<void> }>) {
  describe(`cache driver: ${name}`, () => {
    let driver: CacheDriver;
    let close: () => Promise<void>;
    const prefix = `test:${name}:${randomUUID()}:`;
    const k = (key: string) => prefix + key;

    beforeAll(async () => {
      ({ driver, close } = await open());
    });
    afterAll(async () => {
      await driver.delete(await driver.scanKeys(`${prefix}*`));
      await close();
    });

    it("reads back exactly what was written, and null for a missing key", async () => {
      const value = 'OK ünïcødé "quotes" \\ {"json":true} 🎮';
      expect(await driver.set(k("v"), value)).toBe(true);
      expect(await driver.get(k("v"))).toBe(value);
      expect(await driver.set(k("ok"), "OK")).toBe(true);
      expect(await driver.get(k("ok"))).toBe("OK");
      expect(await driver.get(k("missing"))).toBeNull();
    });

    it("expires keys after their TTL and reports it", async () => {
      await driver.set(k("ttl"), "x", { ttlMs: 150 });
      const left = await driver.ttl(k("ttl"));
      expect(left).toBeGreaterThan(0);
      expect(left).toBeLessThanOrEqual(150);
      expect(await driver.ttl(k("missing"))).toBe(-2);
      await driver.set(k("forever"), "x");
      expect(await driver.ttl(k("forever"))).toBe(-1);
      await sleep(250);
      expect(await driver.get(k("ttl"))).toBeNull();
    });

    it("sets only if absent (NX) and says whether it did", async () => {
      expect(await driver.set(k("nx"), "first", { onlyIfAbsent: true, ttlMs: 5_000 })).toBe(true);
      expect(await driver.set(k("nx"), "second", { onlyIfAbsent: true })).toBe(false);
      expect(await driver.get(k("nx"))).toBe("first");
    });

    it("deletes only while the expected value is still there (lock release by its owner)", async () => {
      await driver.set(k("lock"), "token-a");
      expect(await driver.compareAndDelete(k("lock"), "token-b")).toBe(false);
      expect(await driver.get(k("lock"))).toBe("token-a");
      expect(await driver.compareAndDelete(k("lock"), "token-a")).toBe(true);
      expect(await driver.get(k("lock"))).toBeNull();
      expect(await driver.compareAndDelete(k("lock"), "token-a")).toBe(false);
    });

    it("counts, with a TTL set only when the counter is created", async () => {
      expect(await driver.increment(k("n"), 10_000)).toBe(1);
      expect(await driver.increment(k("n"), 10_000)).toBe(2);
      const left = await driver.ttl(k("n"));
      expect(left).toBeGreaterThan(9_000);
      expect(await driver.increment(k("n0"))).toBe(1);
      expect(await driver.ttl(k("n0"))).toBe(-1);
    });

    it("keeps sets (tags) and deletes many keys at once", async () => {
      await driver.addToSet(k("tag"), ["a", "b"]);
      await driver.addToSet(k("tag"), ["b", "c"], 60_000);
      expect((await driver.setMembers(k("tag"))).sort()).toEqual(["a", "b", "c"]);
      expect(await driver.setMembers(k("none"))).toEqual([]);
      await driver.set(k("d1"), "1");
      await driver.set(k("d2"), "2");
      expect(await driver.delete([k("d1"), k("d2"), k("d3")])).toBe(2);
      expect(await driver.delete([])).toBe(0);
    });

    it("finds keys by glob pattern", async () => {
      for (const key of ["scan:game:1", "scan:game:2", "scan:search:zelda"]) await driver.set(k(key), "x");
      expect((await driver.scanKeys(`${prefix}scan:game:*`)).sort()).toEqual([k("scan:game:1"), k("scan:game:2")]);
      expect(await driver.scanKeys(`${prefix}scan:search:?elda`)).toEqual([k("scan:search:zelda")]);
      expect(await driver.scanKeys(`${prefix}scan:*`, 1)).toHaveLength(1);
    });

    it("delivers published messages to subscribers until they unsubscribe", async () => {
      const received: string[] = [];
      const unsubscribe = await driver.subscribe(k("channel"), (m) => received.push(m));
      await driver.publish(k("channel"), "done:1");
      await driver.publish(k("channel"), "done:2");
      for (let i = 0; i < 50 && received.length < 2; i++) await sleep(20);
      expect(received).toEqual(["done:1", "done:2"]);
      await unsubscribe();
      await driver.publish(k("channel"), "late");
      await sleep(100);
      expect(received).toEqual(["done:1", "done:2"]);
    });

    it("tells a key's type: a string, a set (tag), or none", async () => {
      await driver.set(k("type:s"), "x");
      await driver.addToSet(k("type:set"), ["a"]);
      expect(await driver.keyType!(k("type:s"))).toBe("string");
      expect(await driver.keyType!(k("type:set"))).toBe("set");
      expect(await driver.keyType!(k("type:none"))).toBe("none");
    });

    it("reports memory used and the number of keys (INFO, DBSIZE)", async () => {
      const value = "v".repeat(10_000);
      for (let i = 0; i < 5; i++) await driver.set(k(`info:${i}`), value);
      const info = await driver.info!();
      expect(info.keys).toBeGreaterThanOrEqual(5);
      expect(info.usedMemoryBytes).toBeGreaterThanOrEqual(50_000);
      if (driver.kind !== "memory") {
        // Server-wide counters: this file's own reads above count, so both are at least 1.
        expect(info.hits).toBeGreaterThan(0);
        expect(info.misses).toBeGreaterThan(0);
      }
      await driver.delete([0, 1, 2, 3, 4].map((i) => k(`info:${i}`)));
      if (driver.kind === "memory") expect((await driver.info!()).keys).toBe(info.keys! - 5);
    });

    it("answers ping", async () => {
      await expect(driver.ping()).resolves.toBeUndefined();
    });
  });
}
