// The search API over HTTP against `next start`: contract, 400s and hostile input.
import { expect, test } from "@playwright/test";

import { RATE_LIMIT_POLICIES } from "../../lib/cache/rate-limit/rate-limit-policies";

test("search returns the contract with results from the database", async ({ request }) => {
  const res = await request.get("/api/games/search?q=metriod");
  expect(res.status()).toBe(200);
  const body = await res.json();
  expect(body.meta).toMatchObject({ source: "database", freshness: "fresh" });
  expect(body.results[0].slug).toBe("metroid");
});

test("a bad query gets a 400 JSON error", async ({ request }) => {
  for (const query of ["", "q=", "q=zelda&limit=0", "q=zelda&sort=best"]) {
    const res = await request.get(`/api/games/search?${query}`);
    expect(res.status(), query).toBe(400);
    expect(res.headers()["content-type"]).toContain("application/json");
    const body = await res.json();
    expect(body.error.code).toBe("invalid_parameters");
    expect(typeof body.error.message).toBe("string");
  }
});

test("FTS syntax characters never cause a 500", async ({ request }) => {
  for (const q of ['"', "*", "NEAR(", "-", ":", "zelda OR", '")']) {
    const res = await request.get(`/api/games/search?q=${encodeURIComponent(q)}`);
    expect(res.status(), q).toBe(200);
  }
});

test("a game by id, and a JSON 404 for an unknown one", async ({ request }) => {
  const search = await (await request.get("/api/games/search?q=tetris&limit=1")).json();
  const res = await request.get(`/api/games/${search.results[0].id}`);
  expect(res.status()).toBe(200);
  expect((await res.json()).releases.length).toBeGreaterThan(0);
  const missing = await request.get("/api/games/987654321");
  expect(missing.status()).toBe(404);
  expect((await missing.json()).error.code).toBe("not_found");
});

test("a client over its search allowance gets a 429 JSON error with Retry-After; others are unaffected", async ({ request }) => {
  const client = { "x-forwarded-for": "198.51.100.77" };
  // The sliding window (as @upstash/ratelimit's) weighs the previous bucket down and rounds it down, so a burst
  // split across a bucket edge may get a request or two more than the limit: start it well inside one bucket.
  const { windowMs } = RATE_LIMIT_POLICIES.search;
  const left = windowMs - (Date.now() % windowMs);
  if (left < windowMs / 2) await new Promise((resolve) => setTimeout(resolve, left + 20));
  const statuses: number[] = [];
  for (let i = 0; i < 61; i++) statuses.push((await request.get("/api/games/search?q=zelda", { headers: client })).status());
  expect(statuses.slice(0, 60)).toEqual(Array(60).fill(200));
  expect(statuses[60]).toBe(429);
  const refused = await request.get("/api/games/search?q=zelda", { headers: client });
  expect(refused.status()).toBe(429);
  expect(Number(refused.headers()["retry-after"])).toBeGreaterThanOrEqual(1);
  expect((await refused.json()).error.code).toBe("rate_limited");
  expect((await request.get("/api/games/search?q=zelda", { headers: { "x-forwarded-for": "198.51.100.78" } })).status()).toBe(200);
});
