// bench:scale's traffic mix: the shares it promises, Zipf ranks, and the cookie on library reads.
import { describe, expect, it } from "vitest";

import { MIX_SHARES, trafficMix, zipfPicker } from "@/scripts/bench/scale/traffic-mix";

// A small seeded generator (mulberry32), so the counts below are the same on every run.
function seeded(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe("zipfPicker", () => {
  it("picks rank i about 1/(i+1) as often as rank 0, and never outside 0..n-1", () => {
    const pick = zipfPicker(10, 1, seeded(1));
    const counts = new Array<number>(10).fill(0);
    for (let i = 0; i < 100_000; i++) counts[pick()]!++;
    expect(counts.every((c) => c > 0)).toBe(true);
    expect(counts[1]! / counts[0]!).toBeCloseTo(1 / 2, 1);
    expect(counts[9]! / counts[0]!).toBeCloseTo(1 / 10, 1);
  });
});

describe("trafficMix", () => {
  it("sends searches, game pages and library reads in the promised shares, the reads with a player's cookie", () => {
    const next = trafficMix({ queries: ["zelda", "chrono trigger"], gameSlugs: ["tetris"], playerCookies: ["a=1", "b=2"] }, seeded(2));
    const counts = { search: 0, game_page: 0, library: 0 };
    for (let i = 0; i < 20_000; i++) {
      const req = next();
      counts[req.kind]++;
      if (req.kind === "library") expect(["a=1", "b=2"]).toContain(req.headers.cookie);
      else expect(req.headers.cookie).toBeUndefined();
      if (req.kind === "search") expect(["/api/games/search?q=zelda", "/api/games/search?q=chrono%20trigger"]).toContain(req.path);
    }
    for (const kind of ["search", "game_page", "library"] as const) expect(counts[kind] / 20_000).toBeCloseTo(MIX_SHARES[kind], 1);
  });
});
