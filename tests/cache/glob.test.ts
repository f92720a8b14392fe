// The in-memory driver's glob matcher: the same answers as Redis's own matching (checked
// against the real Redis's KEYS over generated patterns), no throw for any pattern, and no exponential
// backtracking on the patterns that make a RegExp translation hang.
import { randomUUID } from "node:crypto";

import fc from "fast-check";
import { Redis } from "ioredis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { compileGlob } from "@/lib/cache/drivers/glob";

import { TEST_REDIS_URL } from "../support/test-redis";

describe("compileGlob", () => {
  it.each([
    ["ql:search:*", "ql:search:abc", true],
    ["ql:search:*", "ql:game:1", false],
    ["ql:?ame:1", "ql:game:1", true],
    ["ql:[gs]*", "ql:search:x", true],
    ["ql:[^gs]*", "ql:search:x", false],
    ["ql:[a-z]*", "ql:9", false],
    ["ql:[z-a]*", "ql:m", true], // a reversed range is the same range, as in Redis
    ["ql:[\\]]x", "ql:]x", true],
    ["ql:\\*", "ql:*", true],
    ["ql:\\*", "ql:a", false],
    ["ql:[abc", "ql:b", true], // an unclosed class runs to the end of the pattern, as in Redis
    ["ql:**", "ql:anything:at:all", true],
    ["ql:.+(a|b)$", "ql:.+(a|b)$", true], // RegExp syntax means nothing here
    ["ql:.+(a|b)$", "ql:aab", false],
  ])("%s on %s is %s", (pattern, key, expected) => {
    expect(compileGlob(pattern)(key)).toBe(expected);
  });

  it("never throws, whatever the pattern", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 200 }), fc.string({ maxLength: 50 }), (pattern, key) => {
        expect(typeof compileGlob(pattern)(key)).toBe("boolean");
      }),
      { numRuns: 2_000 },
    );
  });

  it("answers at once on patterns that make a backtracking matcher hang", () => {
    // As a RegExp (^(.*a){500}b$) this takes exponential time on a key of a's with no b.
    const pattern = `ql:${"*a".repeat(500)}b`;
    expect(compileGlob(pattern)(`ql:${"a".repeat(1_000)}`)).toBe(false);
    expect(compileGlob(pattern)(`ql:${"a".repeat(1_000)}b`)).toBe(true);
    expect(compileGlob(`ql:${"?*".repeat(300)}x`)(`ql:${"y".repeat(1_000)}`)).toBe(false);
  });
});

describe("compileGlob against Redis's own matching", () => {
  const prefix = `ql:test:glob:${randomUUID().replaceAll("-", "")}:`;
  const keys = ["a", "b", "ab", "ba", "abc", "a-b", "a]b", "a[b", "a*b", "a?b", "a\\b", "^a", "", "zz", "a^", "-"];
  let redis: Redis;
  beforeAll(async () => {
    redis = new Redis(TEST_REDIS_URL);
    await redis.mset(...keys.flatMap((k) => [`${prefix}${k}`, "1"]));
  });
  afterAll(async () => {
    await redis.del(...keys.map((k) => `${prefix}${k}`));
    redis.disconnect();
  });

  it("matches the same keys as KEYS for generated patterns", async () => {
    const piece = fc.constantFrom("a", "b", "c", "z", "*", "?", "[", "]", "^", "-", "\\", "[a-b]", "[^a]", "[]", "[\\]]");
    await fc.assert(
      fc.asyncProperty(
        fc.array(piece, { maxLength: 6 }).map((p) => p.join("")),
        async (glob) => {
          const expected = (await redis.keys(`${prefix}${glob}`)).sort();
          const matches = compileGlob(`${prefix}${glob}`);
          const ours = keys
            .map((k) => `${prefix}${k}`)
            .filter(matches)
            .sort();
          expect(ours, glob).toEqual(expected);
        },
      ),
      { numRuns: 1_000 },
    );
  });
});
