// The production client against the stand-in over real HTTP: tokens, limits, retries, timeouts, the
// circuit breaker and multiquery batching, counted by the stand-in itself.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";

import { gamesByIdsQuery, IgdbError, reshapeGames, searchGamesQuery } from "@/lib/igdb";
import type { IgdbStandin } from "@/standins/igdb";

import { clientFor, control, startStandin, stats } from "./standin-fixture";

let standin: IgdbStandin;

beforeAll(async () => {
  standin = await startStandin();
});
afterAll(() => standin.close());
beforeEach(async () => {
  // Each test has a fresh client (its own limiter): let the previous test's arrivals leave IGDB's window.
  await new Promise((r) => setTimeout(r, 1_100));
  await control(standin, "faults", { faults: [] });
  await control(standin, "config", { latencyMs: 0, rateLimit: { perSecond: 4, open: 8 }, tokenTtlSeconds: 5_184_000, drift: "current" });
  await control(standin, "stats/reset", {});
});

describe("tokens", () => {
  it("mints one token for many requests and refreshes it before it expires", async () => {
    await control(standin, "config", { tokenTtlSeconds: 2 });
    const client = clientFor(standin);
    await Promise.all([1, 2, 3].map(() => client.query("games", "fields name; limit 1;")));
    expect((await stats(standin)).tokensMinted).toBe(1);
    await new Promise((r) => setTimeout(r, 2_100));
    await client.query("games", "fields name; limit 1;");
    const after = await stats(standin);
    expect(after.tokensMinted).toBe(2);
    expect(after.unauthorized401).toBe(0);
  });

  it("forces exactly one refresh when a token is refused, shared by concurrent callers", async () => {
    const client = clientFor(standin);
    await client.query("games", "fields name; limit 1;");
    await control(standin, "tokens/revoke", {});
    const rows = await Promise.all([1, 2, 3].map(() => client.query("games", "fields name; limit 1;")));
    expect(rows.every((r) => r.rows.length === 1)).toBe(true);
    const s = await stats(standin);
    expect(s.tokensMinted).toBe(2);
    expect(s.unauthorized401).toBeGreaterThanOrEqual(1);
  });

  it("fails clearly on wrong credentials without hammering the token endpoint", async () => {
    const client = clientFor(standin, { clientSecret: "wrong" });
    await expect(client.query("games", "fields name;")).rejects.toMatchObject({ kind: "token" });
    expect((await stats(standin)).requests).toBe(0);
  });
});

describe("limits", () => {
  it("keeps a burst of 40 queries within 4/s and 8 open, with no 429", async () => {
    await control(standin, "config", { latencyMs: 150 });
    const client = clientFor(standin);
    const results = await Promise.all(Array.from({ length: 40 }, (_, i) => client.query("games", `fields name; where id = ${i + 1};`)));
    expect(results).toHaveLength(40);
    const s = await stats(standin);
    expect(s.requests).toBe(40);
    expect(s.maxPerSecond).toBeLessThanOrEqual(4);
    expect(s.maxOpen).toBeLessThanOrEqual(8);
    expect(s.rejected429).toBe(0);
  }, 30_000);

  it("rides out a 429 storm from a stricter upstream with backoff, losing nothing", async () => {
    await control(standin, "config", { rateLimit: { perSecond: 2, open: 8 } });
    const client = clientFor(standin, { maxAttempts: 8 });
    const results = await Promise.all(Array.from({ length: 8 }, (_, i) => client.query("games", `fields name; where id = ${i + 1};`)));
    expect(results.map((r) => r.rows.length)).toEqual(Array(8).fill(1));
    expect((await stats(standin)).rejected429).toBeGreaterThan(0);
    expect(client.stats.rateLimited).toBeGreaterThan(0);
  }, 30_000);
});

describe("failures", () => {
  it("retries 5xx, resets, malformed bodies and timeouts, then succeeds", async () => {
    await control(standin, "faults", { faults: [{ kind: "500" }, { kind: "reset" }, { kind: "malformed" }, { kind: "timeout" }] });
    const client = clientFor(standin, { timeoutMs: 500, maxAttempts: 5 });
    const { rows } = await client.query("games", "fields name; where id = 1;");
    expect(rows).toHaveLength(1);
    expect(client.stats.retries).toBe(4);
    expect((await stats(standin)).requests).toBe(5);
  }, 20_000);

  it("gives a clear error after the last attempt, then the open circuit fails fast", async () => {
    await control(standin, "faults", { faults: [{ kind: "503", count: 1_000 }] });
    const client = clientFor(standin, { maxAttempts: 2 });
    for (let i = 0; i < 5; i++) {
      const error = await client.query("games", "fields name;").catch((e: unknown) => e);
      expect(error).toBeInstanceOf(IgdbError);
      expect(error).toMatchObject({ kind: "server", status: 503 });
    }
    const before = (await stats(standin)).requests;
    expect(before).toBe(10);
    await expect(client.query("games", "fields name;")).rejects.toMatchObject({ kind: "circuit_open" });
    expect((await stats(standin)).requests).toBe(before);
    expect(client.circuitState).toBe("open");
  }, 30_000);

  it("does not retry a query IGDB rejects as invalid", async () => {
    const client = clientFor(standin);
    await expect(client.query("games", "fields name; where nonsense_field = 1;")).rejects.toMatchObject({
      kind: "bad_request",
      status: 400,
    });
    expect((await stats(standin)).requests).toBe(1);
  });
});

describe("multiquery and counts", () => {
  it("coalesces concurrent searches into multiqueries of ≤ 10 and answers each its own", async () => {
    const client = clientFor(standin);
    const titles = [
      "tetris",
      "pac-man",
      "galaga",
      "zaxxon",
      "frogger",
      "defender",
      "robotron",
      "joust",
      "qix",
      "centipede",
      "asteroids",
      "tempest",
      "xevious",
      "dig dug",
      "bosconian",
      "pengo",
      "phoenix",
      "scramble",
      "gyruss",
      "sinistar",
    ];
    const answers = await Promise.all(titles.map((t) => client.batched("games", searchGamesQuery(t, 3))));
    answers.forEach((rows, i) => {
      const names = reshapeGames(rows).map((g) => g.name.toLowerCase());
      expect(names.some((n) => n.includes(titles[i]!.split(" ")[0]!.replace("-", "")) || n.includes(titles[i]!))).toBe(true);
    });
    const s = await stats(standin);
    expect(s.byEndpoint.multiquery).toBe(s.requests);
    expect(s.requests).toBeLessThanOrEqual(7);
    expect(s.searches).toBe(20);
  }, 20_000);

  it("reads x-count and /count", async () => {
    const client = clientFor(standin);
    const { rows, count } = await client.query("games", 'fields name; where name ~ *"tetris"*; limit 2;');
    expect(rows).toHaveLength(2);
    expect(count).toBeGreaterThan(10);
    expect(await client.count("games", 'where name ~ *"tetris"*;')).toBe(count);
  });

  it("splits more than 10 named queries over several requests", async () => {
    const client = clientFor(standin);
    const queries = Array.from({ length: 23 }, (_, i) => ({ name: `q${i}`, endpoint: "games", body: gamesByIdsQuery([i + 1]) }));
    const results = await client.multiquery(queries);
    expect(results.map((r) => r.name)).toEqual(queries.map((q) => q.name));
    expect((await stats(standin)).requests).toBe(3);
  });
});

describe("schema drift", () => {
  it("reads the legacy shapes to the same games", async () => {
    const client = clientFor(standin);
    const body = gamesByIdsQuery([1, 2, 3, 4, 5]);
    const current = reshapeGames((await client.query("games", body)).rows);
    await control(standin, "config", { drift: "legacy" });
    const legacy = reshapeGames((await client.query("games", body)).rows);
    expect(legacy).toEqual(current);
    expect(current.every((g) => g.gameType === "main_game")).toBe(true);
  });
});
