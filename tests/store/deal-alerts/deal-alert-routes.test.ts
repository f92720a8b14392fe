// The deal-alert routes through the real handlers on a fresh PostgreSQL database: preferences (signed in,
// same-origin JSON, own row only) and the token-authorised unsubscribe (the page's JSON POST and RFC 8058's
// one-click POST), with the attacks: no session, cross-site, form bodies, malformed input, tampered tokens,
// another player's id.
import { describe, expect, it } from "vitest";

import * as unsubscribeRoute from "@/app/api/deal-alerts/unsubscribe/route";
import * as preferencesRoute from "@/app/api/users/me/deal-alerts/route";
import { getDb } from "@/lib/accounts-db/get-db";
import { signUnsubscribeToken, verifyUnsubscribeToken } from "@/lib/store/deal-alerts/unsubscribe-token";
import { apiRequest, read } from "@/tests/auth/support/api-request";
import { sessionCookie } from "@/tests/auth/support/session";
import { createUser } from "@/tests/auth/support/users";
import { withEnv } from "@/tests/support/with-env";

import { setUpStoreDatabase } from "../pricing/support/store-database";
import { catalogGameIds } from "../support/store-fixtures";
import { alertsOf, deliver, nextPrice, wish } from "./support/deal-alert-fixtures";

setUpStoreDatabase("postgres", { SITE_URL: "http://questlog.test", JOB_SCHEDULES: "off" });

const SAME_ORIGIN = { origin: "http://localhost" };
const getPrefs = (cookie?: string) => read(preferencesRoute.GET(apiRequest("/api/users/me/deal-alerts", { cookie }), undefined));
const putPrefs = (cookie: string | undefined, body: unknown, headers: Record<string, string> = SAME_ORIGIN) =>
  read(preferencesRoute.PUT(apiRequest("/api/users/me/deal-alerts", { method: "PUT", cookie, body, headers }), undefined));
const unsubscribe = (query: string, body?: unknown, headers: Record<string, string> = {}) =>
  read(unsubscribeRoute.POST(apiRequest(`/api/deal-alerts/unsubscribe${query}`, { method: "POST", body, headers }), undefined));
const modeOf = async (userId: string) => (await (await getDb()).dealAlertPreference.findUnique({ where: { userId } }))?.mode ?? "instant";

describe("GET|PUT /api/users/me/deal-alerts", () => {
  it("answers the defaults, then stores the player's choice with the visitor's currency", async () => {
    const user = await createUser("prefs");
    const cookie = await sessionCookie(user);
    expect(await getPrefs(cookie)).toMatchObject({ status: 200, body: { mode: "instant", all_time_low: false, currency: null } });
    const saved = await putPrefs(
      cookie,
      { mode: "daily", all_time_low: true },
      { ...SAME_ORIGIN, cookie: `${cookie}; questlog_currency=EUR` },
    );
    expect(saved).toMatchObject({ status: 200, body: { mode: "daily", all_time_low: true } });
    expect((await getPrefs(cookie)).body).toMatchObject({
      mode: "daily",
      all_time_low: true,
      currency: expect.stringMatching(/^[A-Z]{3}$/),
    });
    expect(saved.headers.get("cache-control")).toBe("private, no-store");
  });

  it("answers 401 without a session, and changes nothing", async () => {
    expect((await getPrefs()).status).toBe(401);
    const { status, body } = await putPrefs(undefined, { mode: "off", all_time_low: false });
    expect([status, body.error.code]).toEqual([401, "unauthorized"]);
  });

  it.each([
    ["from another site", { origin: "https://evil.example" }, undefined],
    [
      "as a urlencoded form (what a cross-site <form> sends)",
      { ...SAME_ORIGIN, "content-type": "application/x-www-form-urlencoded" },
      "mode=off",
    ],
  ])("refuses a PUT %s with 403 and keeps the mode", async (_case, headers, raw) => {
    const user = await createUser("csrf");
    const cookie = await sessionCookie(user);
    const { status, body } = await putPrefs(cookie, raw ?? { mode: "off", all_time_low: false }, headers);
    expect([status, body.error.code]).toEqual([403, "forbidden"]);
    expect(await modeOf(user.id)).toBe("instant");
  });

  it.each([
    ["an unknown mode", { mode: "hourly", all_time_low: false }],
    ["a missing all_time_low", { mode: "off" }],
    ["a string for all_time_low", { mode: "off", all_time_low: "yes" }],
    ["a currency we do not sell", { mode: "daily", all_time_low: true, currency: "CHF" }],
    ["another player's id smuggled in (IDOR)", { mode: "off", all_time_low: false, user_id: "someone-else" }],
  ])("answers 4xx with the error shape for %s", async (_case, bad) => {
    const user = await createUser("bad-prefs");
    const { status, body } = await putPrefs(await sessionCookie(user), bad);
    expect(status).toBeGreaterThanOrEqual(400);
    expect(status).toBeLessThan(500);
    expect(body.error).toMatchObject({ code: expect.any(String), message: expect.any(String) });
    expect(await modeOf(user.id)).toBe("instant");
  });

  it("answers 400 for a body that is not JSON", async () => {
    const user = await createUser("not-json");
    const { status, body } = await putPrefs(await sessionCookie(user), "{mode:", { ...SAME_ORIGIN, "content-type": "application/json" });
    expect([status, body.error.code]).toEqual([400, "invalid_json"]);
  });

  it("changes only the signed-in player's row", async () => {
    const [me, other] = [await createUser("me"), await createUser("other")];
    await putPrefs(await sessionCookie(me), { mode: "off", all_time_low: false });
    expect(await modeOf(me.id)).toBe("off");
    expect(await modeOf(other.id)).toBe("instant");
  });
});

describe("POST /api/deal-alerts/unsubscribe", () => {
  it("turns alerts off with the page's JSON body, idempotently, and later drops alert no one", async () => {
    const [gameId] = catalogGameIds(1, 260) as [number];
    const player = await createUser("unsub");
    await wish(player.id, gameId, { amount: "30.00", currency: "USD" });
    await deliver(await nextPrice(gameId, "USD", "39.99"));
    await deliver(await nextPrice(gameId, "USD", "29.99", { regular: "39.99", percent: 25 }));
    expect(await alertsOf(player.id)).toHaveLength(1); // unsent: deleted by the unsubscribe

    const token = signUnsubscribeToken(player.id);
    expect(await unsubscribe("", { token }, SAME_ORIGIN)).toMatchObject({ status: 200, body: { mode: "off" } });
    expect(await unsubscribe("", { token })).toMatchObject({ status: 200, body: { mode: "off" } });
    expect(await modeOf(player.id)).toBe("off");
    expect(await alertsOf(player.id)).toHaveLength(0);

    await deliver(await nextPrice(gameId, "USD", "19.99", { regular: "39.99", percent: 50 }));
    expect(await alertsOf(player.id)).toHaveLength(0);
  });

  it("takes RFC 8058's one-click POST: token in the query, urlencoded body, from a mail provider's origin", async () => {
    const player = await createUser("one-click");
    const token = signUnsubscribeToken(player.id);
    const { status } = await unsubscribe(`?token=${encodeURIComponent(token)}`, "List-Unsubscribe=One-Click", {
      "content-type": "application/x-www-form-urlencoded",
      origin: "https://mail.google.com",
    });
    expect(status).toBe(200);
    expect(await modeOf(player.id)).toBe("off");
  });

  it.each([
    ["no token at all", "", undefined],
    ["a MAC changed in one character", "?token=TAMPER", undefined],
    ["another player's id under this player's MAC (IDOR)", "?token=SWAP", undefined],
    ["a token without its MAC", "?token=ONLYID", undefined],
    ["a token far too long", "", { token: "a".repeat(201) }],
    ["a JSON body without a token", "", { nope: 1 }],
  ])("refuses %s with 4xx and the error shape, and changes nobody's mode", async (_case, query, body) => {
    const [player, victim] = [await createUser("tamper"), await createUser("victim")];
    const token = signUnsubscribeToken(player.id);
    const mac = token.slice(token.indexOf(".") + 1);
    const forged =
      {
        "?token=TAMPER": `?token=${player.id}.${mac.slice(0, -1)}${mac.endsWith("A") ? "B" : "A"}`,
        "?token=SWAP": `?token=${victim.id}.${mac}`,
        "?token=ONLYID": `?token=${victim.id}`,
      }[query] ?? query;
    const { status, body: answer } = await unsubscribe(forged, body, body === undefined ? {} : { "content-type": "application/json" });
    expect(status).toBeGreaterThanOrEqual(400);
    expect(status).toBeLessThan(500);
    expect(answer.error).toMatchObject({ code: expect.any(String), message: expect.any(String) });
    expect(await modeOf(player.id)).toBe("instant");
    expect(await modeOf(victim.id)).toBe("instant");
  });

  it("answers 400 invalid_token for a tampered token, and tokens do not survive a new AUTH_SECRET", async () => {
    const player = await createUser("secret");
    const token = signUnsubscribeToken(player.id);
    expect(verifyUnsubscribeToken(token)).toBe(player.id);
    const { status, body } = await unsubscribe(`?token=${token}x`);
    expect([status, body.error.code]).toEqual([400, "invalid_token"]);
    await withEnv({ AUTH_SECRET: "another-secret-of-at-least-thirty-two-chars" }, async () => {
      expect(verifyUnsubscribeToken(token)).toBeNull();
    });
  });

  it("answers 400 for the token of an account deleted since the mail", async () => {
    const player = await createUser("gone");
    const token = signUnsubscribeToken(player.id);
    await (await getDb()).user.delete({ where: { id: player.id } });
    const { status, body } = await unsubscribe(`?token=${token}`);
    expect([status, body.error.code]).toEqual([400, "invalid_token"]);
  });
});
