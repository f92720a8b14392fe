import { describe, expect, it } from "vitest";

import { estimateRetainedBytes } from "@/lib/bench/estimate-retained-bytes";

describe("estimateRetainedBytes", () => {
  it("counts a typed array's buffer in buffers, once for all of its views", () => {
    const array = new Int32Array(1000);
    const size = estimateRetainedBytes({ a: array, b: array.subarray(10), c: new Uint8Array(array.buffer) });
    expect(size.buffers).toBe(4000);
  });

  it("counts an object reachable twice once", () => {
    const shared = { text: "x".repeat(1000) };
    const once = estimateRetainedBytes({ a: shared });
    const twice = estimateRetainedBytes({ a: shared, b: shared });
    expect(twice.heap - once.heap).toBeLessThan(100);
  });

  it("follows arrays, maps and sets", () => {
    const text = "y".repeat(5000);
    for (const container of [[text], new Map([[1, text]]), new Set([text])]) {
      expect(estimateRetainedBytes(container).heap).toBeGreaterThan(5000);
    }
  });

  it("skips what a shared seen set has counted already", () => {
    const seen = new Set<unknown>();
    const big = { text: "z".repeat(10_000) };
    expect(estimateRetainedBytes(big, seen).heap).toBeGreaterThan(10_000);
    expect(estimateRetainedBytes({ again: big }, seen).heap).toBeLessThan(100);
  });
});
