// Sessions end to end through the real Auth.js handlers: a password sign-in sets a session cookie that our API
// accepts; a minted cookie (the seam the API tests use) reads the same; requireUser and requireAdmin refuse
// every cookie that is not a live session of an existing user, and take the role from the database.
import { randomBytes } from "node:crypto";

import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";

import { GET as jobRoute } from "@/app/api/jobs/[id]/route";
import { GET as libraryRoute } from "@/app/api/users/me/library/route";
import { getDb } from "@/lib/accounts-db/get-db";
import { handleApiError } from "@/lib/api/errors";
import { requireAdmin } from "@/lib/api/require-admin";
import { handlers } from "@/lib/auth/auth";
import { requireUser } from "@/lib/auth/require-user";
import { SECURE_SESSION_COOKIE, SESSION_COOKIE } from "@/lib/auth/session-cookie";
import { withEnv } from "@/tests/support/with-env";

import { setUpAccountsDatabase } from "./support/accounts-test-env";
import { apiRequest, read } from "./support/api-request";
import { cookiesFrom, csrf, signInWithPassword, withCookiesFrom } from "./support/auth-js";
import { sessionCookie } from "./support/session";
import { createUser, STRONG_PASSWORD } from "./support/users";

const ADMIN_TOKEN = "test-admin-token-0123456789abcdef";
setUpAccountsDatabase({ ADMIN_API_TOKEN: ADMIN_TOKEN });

const session = async (cookie: string) => read(handlers.GET(new NextRequest("http://localhost/api/auth/session", { headers: { cookie } })));
/** The status requireUser's or requireAdmin's refusal becomes (200 when it lets the request through). */
const statusOf = (check: Promise<unknown>) =>
  check.then(
    () => 200,
    (error: unknown) => handleApiError(error).status,
  );

describe("signing in with Auth.js", () => {
  it("sets a session cookie on the right password that the API and Auth.js's session endpoint both accept", async () => {
    const user = await createUser("form");
    const res = await signInWithPassword(user.email, STRONG_PASSWORD);
    expect(res.status).toBe(302);
    expect(res.headers.get("location")).toBe("http://localhost/");
    const cookie = cookiesFrom(res);
    expect(cookie).toContain(`${SESSION_COOKIE}=`);

    expect((await read(libraryRoute(apiRequest("/api/users/me/library", { cookie }), undefined))).status).toBe(200);
    const { body } = await session(cookie);
    expect(body.user).toEqual({ id: user.id, email: user.email, role: "PLAYER", name: null, image: null });
  });

  it("redirects a wrong password to the error with code=credentials and sets no session", async () => {
    const user = await createUser("typo");
    const res = await signInWithPassword(user.email, "tangerine-orbit-velvet-24");
    const location = new URL(res.headers.get("location")!);
    expect([location.searchParams.get("error"), location.searchParams.get("code")]).toEqual(["CredentialsSignin", "credentials"]);
    expect(res.headers.getSetCookie().join()).not.toContain("session-token");
  });

  it("reads a minted cookie as it reads one from a real sign-in (the seam the API tests use)", async () => {
    const user = await createUser("minted");
    const { body } = await session(await sessionCookie(user, { claims: { role: "PLAYER" } }));
    expect(body.user).toMatchObject({ id: user.id, email: user.email, role: "PLAYER" });
  });

  it("lists password and email sign-in always, GitHub and Twitch only when configured", async () => {
    const ids = async () => Object.keys((await read(handlers.GET(new NextRequest("http://localhost/api/auth/providers")))).body).sort();
    expect(await ids()).toEqual(["credentials", "email"]);
    const oauth = { AUTH_GITHUB_ID: "gh-id", AUTH_GITHUB_SECRET: "gh-secret", AUTH_TWITCH_ID: "tw-id", AUTH_TWITCH_SECRET: "tw-secret" };
    expect(await withEnv(oauth, ids)).toEqual(["credentials", "email", "github", "twitch"]);
    expect(await withEnv({ AUTH_GITHUB_ID: "gh-id" }, ids)).toEqual(["credentials", "email"]); // half a configuration is none
  });
});

describe("session fixation", () => {
  it("replaces a session cookie planted before sign-in: the victim ends up with a new session of their own", async () => {
    const eve = await createUser("fixer");
    const bob = await createUser("victim");
    const planted = await sessionCookie(eve);
    const { csrfToken, cookie } = await csrf();
    const jar = `${cookie}; ${planted}`;
    const form = new URLSearchParams({ csrfToken, email: bob.email, password: STRONG_PASSWORD, callbackUrl: "http://localhost/" });
    const res = await handlers.POST(
      new NextRequest("http://localhost/api/auth/callback/credentials", {
        method: "POST",
        headers: { "content-type": "application/x-www-form-urlencoded", cookie: jar },
        body: form.toString(),
      }),
    );
    expect(res.status).toBe(302);
    const after = withCookiesFrom(jar, res);
    expect(after).not.toContain(planted.split("=")[1]!);
    expect((await requireUser(apiRequest("/", { cookie: after }))).id).toBe(bob.id);
    // The planted token still means only Eve: nothing of Bob's sign-in was attached to it.
    expect((await requireUser(apiRequest("/", { cookie: planted }))).id).toBe(eve.id);
  });
});

describe("requireUser", () => {
  it("returns id, email and role from the database for a live session, under either cookie name", async () => {
    const user = await createUser("live");
    const expected = { id: user.id, email: user.email, role: "PLAYER" };
    expect(await requireUser(apiRequest("/", { cookie: await sessionCookie(user) }))).toEqual(expected);
    const secure = await sessionCookie(user, { cookieName: SECURE_SESSION_COOKIE });
    expect(await requireUser(apiRequest("/", { cookie: `theme=dark; ${secure}` }))).toEqual(expected);
  });

  it("answers 401 without a session and for every cookie that is not a live one", async () => {
    const user = await createUser("forged");
    const refused = {
      "no cookie": "",
      "other cookies only": "theme=dark; lang=en",
      garbage: `${SESSION_COOKIE}=not-a-jwt`,
      "another secret": await sessionCookie(user, { secret: randomBytes(32).toString("base64url") }),
      "another cookie's salt": `${SESSION_COOKIE}=${(await sessionCookie(user, { cookieName: SECURE_SESSION_COOKIE })).split("=")[1]}`,
      expired: await sessionCookie(user, { maxAge: -60 }),
      "no subject": await sessionCookie({ id: "", email: user.email }),
    };
    for (const [name, cookie] of Object.entries(refused)) {
      expect([name, await statusOf(requireUser(apiRequest("/", { cookie })))]).toEqual([name, 401]);
    }
  });

  it("does not take a session token as a bearer token", async () => {
    const user = await createUser("bearer");
    const token = (await sessionCookie(user)).split("=")[1]!;
    expect(await statusOf(requireUser(apiRequest("/", { headers: { authorization: `Bearer ${token}` } })))).toBe(401);
  });

  it("ends the session of a deleted account at once", async () => {
    const user = await createUser("deleted");
    const cookie = await sessionCookie(user);
    await (await getDb()).user.delete({ where: { id: user.id } });
    expect(await statusOf(requireUser(apiRequest("/", { cookie })))).toBe(401);
  });
});

describe("requireAdmin", () => {
  const callJob = async (headers: Record<string, string>) =>
    (await jobRoute(apiRequest("/api/jobs/x", { headers }), { params: Promise.resolve({ id: "not a job id" }) })).status;

  it("lets an admin session through (the route then judges the id: 400) and refuses a player (403) and no one (401)", async () => {
    const db = await getDb();
    const admin = await createUser("admin");
    await db.user.update({ where: { id: admin.id }, data: { role: "ADMIN" } });
    const player = await createUser("player");
    expect(await callJob({ cookie: await sessionCookie(admin) })).toBe(400);
    expect(await callJob({ cookie: await sessionCookie(player) })).toBe(403);
    expect(await callJob({})).toBe(401);
  });

  it("reads the role from the database, not from the token", async () => {
    const db = await getDb();
    const player = await createUser("pretender");
    const forged = await sessionCookie(player, { claims: { role: "ADMIN" } });
    expect(await statusOf(requireAdmin(apiRequest("/", { cookie: forged })))).toBe(403);
    const demoted = await createUser("demoted");
    await db.user.update({ where: { id: demoted.id }, data: { role: "ADMIN" } });
    const cookie = await sessionCookie(demoted, { claims: { role: "ADMIN" } });
    expect(await statusOf(requireAdmin(apiRequest("/", { cookie })))).toBe(200);
    await db.user.update({ where: { id: demoted.id }, data: { role: "PLAYER" } });
    expect(await statusOf(requireAdmin(apiRequest("/", { cookie })))).toBe(403);
  });

  it("keeps the bearer token path: the right token passes, a wrong one is 403 even beside an admin session", async () => {
    const db = await getDb();
    const admin = await createUser("admin2");
    await db.user.update({ where: { id: admin.id }, data: { role: "ADMIN" } });
    expect(await callJob({ authorization: `Bearer ${ADMIN_TOKEN}` })).toBe(400);
    expect(await callJob({ authorization: "Bearer wrong-token-wrong-token-wrong", cookie: await sessionCookie(admin) })).toBe(403);
    await withEnv({ ADMIN_API_TOKEN: "" }, async () => {
      expect(await callJob({ authorization: `Bearer ${ADMIN_TOKEN}` })).toBe(401); // tokens off
      expect(await callJob({ cookie: await sessionCookie(admin) })).toBe(400); // sessions still work
    });
  });
});
