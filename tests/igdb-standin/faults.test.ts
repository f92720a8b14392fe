// Injected failures, each as a client sees it on the wire.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";

import type { IgdbStandin, StandinFault, StandinStats } from "@/standins/igdb";

import { api, control, createTinyCatalog, mintToken, startTestStandin } from "./standin-fixtures";

let standin: IgdbStandin;
let token: string;
let dataPath: string;
let cleanup: () => void;

beforeAll(async () => {
  ({ file: dataPath, cleanup } = createTinyCatalog());
  standin = await startTestStandin(dataPath);
  token = await mintToken(standin);
});
beforeEach(async () => {
  await control(standin, "POST", "faults", { faults: [] });
  await control(standin, "POST", "stats/reset");
});
afterAll(async () => {
  await standin.close();
  cleanup();
});

const setFaults = (faults: StandinFault[]) => control<{ faults: StandinFault[] }>(standin, "POST", "faults", { faults });

function raw(endpoint: string, body: string, signal?: AbortSignal) {
  return fetch(`${standin.apiUrl}/${endpoint}`, {
    method: "POST",
    headers: { "Client-ID": standin.clientId, Authorization: `Bearer ${token}` },
    body,
    signal,
  });
}

async function stats() {
  return (await control<StandinStats>(standin, "GET", "stats")).body;
}

describe("status faults", () => {
  it.each([
    ["500", [{ title: "Internal Server Error", status: 500, cause: "injected fault" }]],
    ["502", { message: "Bad Gateway" }],
    ["503", { message: "Service Unavailable" }],
  ] as const)("%s answers that status with an IGDB-like body, once by default", async (kind, body) => {
    await setFaults([{ kind }]);
    expect(await api(standin, token, "games", "fields name;")).toMatchObject({ status: Number(kind), body });
    expect((await api(standin, token, "games", "fields name;")).status).toBe(200);
  });

  it("consumes faults in order and honours count", async () => {
    await setFaults([{ kind: "502" }, { kind: "503", count: 2 }]);
    const seen: number[] = [];
    for (let i = 0; i < 4; i++) seen.push((await api(standin, token, "games", "")).status);
    expect(seen).toEqual([502, 503, 503, 200]);
  });

  it("targets one endpoint (its /count included) when asked", async () => {
    const { body } = await setFaults([
      { kind: "500", endpoint: "multiquery", count: 1 },
      { kind: "503", endpoint: "games", count: 2 },
    ]);
    expect(body.faults).toHaveLength(2);
    expect((await api(standin, token, "platforms", "")).status).toBe(200);
    expect((await api(standin, token, "games/count", "")).status).toBe(503);
    expect((await api(standin, token, "games", "")).status).toBe(503);
    expect((await api(standin, token, "games", "")).status).toBe(200);
    expect((await api(standin, token, "multiquery", 'query games "a" { fields name; };')).status).toBe(500);
    expect((await control<{ faults: StandinFault[] }>(standin, "GET", "faults")).body.faults).toEqual([]);
  });

  it("fires by probability: 0 never (and stays queued), 1 always until its count runs out", async () => {
    await setFaults([{ kind: "503", probability: 0 }]);
    for (let i = 0; i < 5; i++) expect((await api(standin, token, "games", "")).status).toBe(200);
    expect((await control<{ faults: StandinFault[] }>(standin, "GET", "faults")).body.faults).toEqual([{ kind: "503", probability: 0 }]);
    await setFaults([{ kind: "503", probability: 1, count: 2 }]);
    const seen: number[] = [];
    for (let i = 0; i < 3; i++) seen.push((await api(standin, token, "games", "")).status);
    expect(seen).toEqual([503, 503, 200]);
  });

  it("can fail the token endpoint, which API faults never touch", async () => {
    await setFaults([{ kind: "503", endpoint: "oauth2/token" }]);
    expect((await api(standin, token, "games", "")).status).toBe(200);
    const url = `${standin.tokenUrl}?client_id=${standin.clientId}&client_secret=${standin.clientSecret}&grant_type=client_credentials`;
    expect((await fetch(url, { method: "POST" })).status).toBe(503);
    expect((await fetch(url, { method: "POST" })).status).toBe(200);
  });

  it("rejects a malformed fault list with 400", async () => {
    const res = await control<{ error: string }>(standin, "POST", "faults", { faults: [{ kind: "418" }] });
    expect(res.status).toBe(400);
    expect(res.body.error).toContain("kind");
  });
});

describe("connection faults", () => {
  it("reset destroys the socket without a response", async () => {
    await setFaults([{ kind: "reset" }]);
    await expect(raw("games", "fields name;")).rejects.toThrow(/fetch failed/);
    expect((await api(standin, token, "games", "")).status).toBe(200);
    const log = (await stats()).log;
    expect(log.map((e) => e.status)).toEqual([0, 200]);
  });

  it("timeout holds the request until the client gives up, then frees its slot", async () => {
    await setFaults([{ kind: "timeout" }]);
    const started = performance.now();
    await expect(raw("games", "fields name;", AbortSignal.timeout(300))).rejects.toThrow(/timeout|aborted/i);
    expect(performance.now() - started).toBeGreaterThanOrEqual(290);
    for (let i = 0; i < 50 && (await stats()).open > 0; i++) await new Promise((r) => setTimeout(r, 10));
    const after = await stats();
    expect(after).toMatchObject({ open: 0, maxOpen: 1, accepted: 1 });
    expect(after.log[0]).toMatchObject({ endpoint: "games", status: 0 });
  });

  it("close() ends requests held by a timeout fault", async () => {
    const other = await startTestStandin(dataPath);
    const otherToken = await mintToken(other);
    await control(other, "POST", "faults", { faults: [{ kind: "timeout" }] });
    const held = fetch(`${other.apiUrl}/games`, {
      method: "POST",
      headers: { "Client-ID": other.clientId, Authorization: `Bearer ${otherToken}` },
      body: "fields name;",
    });
    const outcome = held.then(
      () => "answered",
      () => "failed",
    );
    await new Promise((r) => setTimeout(r, 100));
    expect(other.stats().open).toBe(1);
    const closing = performance.now();
    await other.close();
    expect(performance.now() - closing).toBeLessThan(1000);
    expect(await outcome).toBe("failed");
  });

  it("malformed answers 200 with a truncated JSON body", async () => {
    const normal = await (await raw("games", "fields name, slug; limit 5;")).text();
    await setFaults([{ kind: "malformed" }]);
    const res = await raw("games", "fields name, slug; limit 5;");
    expect(res.status).toBe(200);
    const text = await res.text();
    expect(text.length).toBeGreaterThan(0);
    expect(normal.startsWith(text)).toBe(true);
    expect(text.length).toBeLessThan(normal.length);
    expect(() => JSON.parse(text)).toThrow();
  });
});
