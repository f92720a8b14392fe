// IGDB's limits (4 requests per sliding second, 8 open) with the stand-in's defaults, and honest stats.
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";

import { startIgdbStandin, type IgdbStandin, type IgdbStandinOptions, type StandinStats } from "@/standins/igdb";

import { api, control, createTinyCatalog, mintToken } from "./standin-fixtures";

let dataPath: string;
let cleanup: () => void;
let standin: IgdbStandin | undefined;

beforeAll(() => {
  ({ file: dataPath, cleanup } = createTinyCatalog());
});
afterEach(async () => {
  await standin?.close();
  standin = undefined;
});
afterAll(() => cleanup());

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function start(options: Partial<IgdbStandinOptions> = {}) {
  standin = await startIgdbStandin({ dataPath, ...options });
  return { standin, token: await mintToken(standin) };
}

async function stats(s: IgdbStandin) {
  return (await control<StandinStats>(s, "GET", "stats")).body;
}

function statuses(responses: Array<{ status: number }>) {
  return responses.map((r) => r.status).sort();
}

describe("requests per second", () => {
  it("accepts 4 simultaneous requests and refuses the 5th and 6th with 429", async () => {
    const { standin: s, token } = await start();
    const responses = await Promise.all(Array.from({ length: 6 }, () => api(s, token, "games", "fields name;")));
    expect(statuses(responses)).toEqual([200, 200, 200, 200, 429, 429]);
    expect(responses.find((r) => r.status === 429)!.body).toEqual({ message: "Too Many Requests" });
    expect(await stats(s)).toMatchObject({ requests: 6, accepted: 4, rejected429: 2, maxPerSecond: 6 });
    expect(s.stats()).toMatchObject({ requests: 6, accepted: 4, rejected429: 2, maxPerSecond: 6 });
  });

  it("uses a sliding window, not calendar seconds", async () => {
    const { standin: s, token } = await start();
    const started = performance.now();
    const first = await Promise.all(Array.from({ length: 4 }, () => api(s, token, "games", "fields name;")));
    expect(statuses(first)).toEqual([200, 200, 200, 200]);
    await sleep(600 - (performance.now() - started));
    const tooSoon = await Promise.all([api(s, token, "games", ""), api(s, token, "games", "")]);
    expect(statuses(tooSoon)).toEqual([429, 429]);
    await sleep(1200 - (performance.now() - started));
    const later = await Promise.all(Array.from({ length: 4 }, () => api(s, token, "games", "fields name;")));
    expect(statuses(later)).toEqual([200, 200, 200, 200]);
    // 2 refused + 4 accepted arrivals fall within one second (from 600 ms to 1200 ms).
    expect(await stats(s)).toMatchObject({ requests: 10, accepted: 8, rejected429: 2, maxPerSecond: 6 });
  });

  it("never refuses a client that paces itself at 4 per second", async () => {
    const { standin: s, token } = await start();
    for (let i = 0; i < 10; i++) {
      const sent = performance.now();
      expect((await api(s, token, "games", "fields name;")).status).toBe(200);
      await sleep(260 - (performance.now() - sent));
    }
    expect(await stats(s)).toMatchObject({ requests: 10, rejected429: 0, maxPerSecond: 4 });
  });

  it("counts 401s as arrivals in maxPerSecond, and neither token nor control calls at all", async () => {
    const { standin: s } = await start();
    for (let i = 0; i < 10; i++) await mintToken(s);
    for (let i = 0; i < 10; i++) await control(s, "GET", "health");
    await Promise.all(Array.from({ length: 5 }, () => api(s, "wrong", "games", "")));
    expect(await stats(s)).toMatchObject({ requests: 5, unauthorized401: 5, rejected429: 0, accepted: 0, maxPerSecond: 5 });
  });

  it("counts a multiquery as one request, and each searching sub-query as a search", async () => {
    const { standin: s, token } = await start();
    const body = `query games "a" { search "tetris"; }; query games/count "b" { search "zelda"; }; query platforms "c" { fields name; };`;
    const res = await api(s, token, "multiquery", body);
    expect(res.status).toBe(200);
    expect(await stats(s)).toMatchObject({ requests: 1, accepted: 1, searches: 2, byEndpoint: { multiquery: 1 } });
  });
});

describe("open requests", () => {
  it("refuses a 9th request while 8 are open, and frees the slots when they finish", async () => {
    const { standin: s, token } = await start({ latencyMs: 300, rateLimit: { perSecond: 100, open: 8 } });
    const responses = await Promise.all(Array.from({ length: 10 }, () => api(s, token, "games", "fields name;")));
    expect(statuses(responses)).toEqual([200, 200, 200, 200, 200, 200, 200, 200, 429, 429]);
    const after = await stats(s);
    expect(after).toMatchObject({ maxOpen: 8, open: 0, accepted: 8, rejected429: 2, maxPerSecond: 10 });
    expect(after.log.filter((e) => e.status === 200).every((e) => e.ms >= 290)).toBe(true);
    const again = await Promise.all(Array.from({ length: 8 }, () => api(s, token, "games", "fields name;")));
    expect(statuses(again)).toEqual(Array(8).fill(200));
  });

  it("applies rate-limit changes from the control API at once", async () => {
    const { standin: s, token } = await start();
    await control(s, "POST", "config", { rateLimit: { perSecond: 2 } });
    const responses = await Promise.all(Array.from({ length: 3 }, () => api(s, token, "games", "")));
    expect(statuses(responses)).toEqual([200, 200, 429]);
    expect((await control<{ rateLimit: unknown }>(s, "GET", "config")).body.rateLimit).toEqual({ perSecond: 2, open: 8 });
  });
});
