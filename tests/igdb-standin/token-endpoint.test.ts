// The Twitch client-credentials flow and IGDB's authentication, as our token provider meets them.
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { STANDIN_CLIENT_ID, STANDIN_CLIENT_SECRET, type IgdbStandin, type StandinStats } from "@/standins/igdb";

import { api, control, createTinyCatalog, mintToken, startTestStandin } from "./standin-fixtures";

let standin: IgdbStandin;
let cleanup: () => void;

beforeAll(async () => {
  const tiny = createTinyCatalog();
  cleanup = tiny.cleanup;
  standin = await startTestStandin(tiny.file);
});
afterAll(async () => {
  await standin.close();
  cleanup();
});

async function requestToken(params: Record<string, string>, asForm = false) {
  const query = new URLSearchParams(params).toString();
  const res = asForm
    ? await fetch(standin.tokenUrl, {
        method: "POST",
        headers: { "Content-Type": "application/x-www-form-urlencoded" },
        body: query,
      })
    : await fetch(`${standin.tokenUrl}?${query}`, { method: "POST" });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

const GOOD = { client_id: STANDIN_CLIENT_ID, client_secret: STANDIN_CLIENT_SECRET, grant_type: "client_credentials" };

describe("POST /oauth2/token", () => {
  it("mints a 30-character lowercase token with the configured lifetime", async () => {
    expect(standin.clientId).toBe("questlog-standin");
    expect(standin.clientSecret).toBe("questlog-standin-secret");
    const { status, body } = await requestToken(GOOD);
    expect(status).toBe(200);
    expect(body).toEqual({ access_token: expect.stringMatching(/^[a-z0-9]{30}$/), expires_in: 5_184_000, token_type: "bearer" });
  });

  it("accepts the parameters as a form body too", async () => {
    const { status, body } = await requestToken(GOOD, true);
    expect(status).toBe(200);
    expect(body.token_type).toBe("bearer");
  });

  it.each([
    [{ ...GOOD, client_id: "someone-else" }, 400, "invalid client"],
    [{ ...GOOD, client_secret: "wrong" }, 403, "invalid client secret"],
    [{ ...GOOD, grant_type: "authorization_code" }, 400, "unsupported grant type"],
    [{ client_id: GOOD.client_id, client_secret: GOOD.client_secret }, 400, "unsupported grant type"],
  ])("refuses %j with %i", async (params, status, message) => {
    const res = await requestToken(params);
    expect(res).toEqual({ status, body: { status, message } });
  });
});

describe("API authentication", () => {
  const UNAUTHORIZED_START = "Authorization Failure. Have you tried:";

  it("answers 401 without Client-ID, without a token, with an unknown token or a wrong client id", async () => {
    const token = await mintToken(standin);
    const cases: Array<Record<string, string>> = [
      { Authorization: `Bearer ${token}` },
      { "Client-ID": standin.clientId },
      { "Client-ID": standin.clientId, Authorization: "Bearer notarealtoken0000000000000000000" },
      { "Client-ID": "other-app", Authorization: `Bearer ${token}` },
      { "Client-ID": standin.clientId, Authorization: token },
    ];
    for (const headers of cases) {
      const res = await fetch(`${standin.apiUrl}/games`, { method: "POST", headers, body: "fields name;" });
      expect(res.status).toBe(401);
      const body = (await res.json()) as { message: string };
      expect(body.message.startsWith(UNAUTHORIZED_START)).toBe(true);
    }
    expect((await api(standin, token, "games", "fields name;")).status).toBe(200);
  });

  it("keeps at most 25 active tokens per client: the 26th revokes the oldest", async () => {
    await control(standin, "POST", "tokens/revoke");
    const tokens: string[] = [];
    for (let i = 0; i < 26; i++) tokens.push(await mintToken(standin));
    expect((await api(standin, tokens[0]!, "games", "fields name;")).status).toBe(401);
    for (const token of [tokens[1]!, tokens[25]!]) expect((await api(standin, token, "games", "fields name;")).status).toBe(200);
    const stats = (await control<StandinStats>(standin, "GET", "stats")).body;
    expect(stats.activeTokens).toBe(25);
  });

  it("expires tokens after their ttl on the wall clock", async () => {
    await control(standin, "POST", "config", { tokenTtlSeconds: 1 });
    try {
      const { body } = await requestToken(GOOD);
      expect(body.expires_in).toBe(1);
      const token = body.access_token as string;
      expect((await api(standin, token, "games", "fields name;")).status).toBe(200);
      await new Promise((resolve) => setTimeout(resolve, 1100));
      expect((await api(standin, token, "games", "fields name;")).status).toBe(401);
    } finally {
      await control(standin, "POST", "config", { tokenTtlSeconds: 5_184_000 });
    }
  });

  it("revokes every token on request, so a client must refresh after a 401", async () => {
    const token = await mintToken(standin);
    const revoked = await control<{ revoked: number }>(standin, "POST", "tokens/revoke");
    expect(revoked.body.revoked).toBeGreaterThanOrEqual(1);
    expect((await api(standin, token, "games", "fields name;")).status).toBe(401);
    expect((await api(standin, await mintToken(standin), "games", "fields name;")).status).toBe(200);
  });

  it("counts minted and active tokens and 401s in stats; the token endpoint is not an API request", async () => {
    await control(standin, "POST", "tokens/revoke");
    await control(standin, "POST", "stats/reset");
    const token = await mintToken(standin);
    await mintToken(standin);
    await api(standin, "bogus", "games", "fields name;");
    await api(standin, token, "games", "fields name;");
    const stats = (await control<StandinStats>(standin, "GET", "stats")).body;
    expect(stats).toMatchObject({ tokensMinted: 2, activeTokens: 2, requests: 2, unauthorized401: 1, accepted: 1 });
    expect(stats.log.map((entry) => entry.status)).toEqual([401, 200]);
  });

  it("validates a token the way Twitch's /oauth2/validate does", async () => {
    const token = await mintToken(standin);
    const res = await fetch(`${standin.url}/oauth2/validate`, { headers: { Authorization: `OAuth ${token}` } });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ client_id: standin.clientId, scopes: [], expires_in: expect.any(Number) });
    const bad = await fetch(`${standin.url}/oauth2/validate`, { headers: { Authorization: "OAuth nope" } });
    expect(bad.status).toBe(401);
  });
});
