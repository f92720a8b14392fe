// The session version (security stamp) through the real Auth.js handlers: a session cookie stops working, on our
// API and at Auth.js's session endpoint, once its user's version moves on: when the address is first proven by
// an emailed link (the squatter scenario, ADMIN_EMAILS included), and when the role changes (console, CLI,
// ADMIN_EMAILS). OAuth accounts cannot be linked to an unproven account, and ones linked before are unlinked
// by the first proof. On HTTPS sites only the __Secure- cookie name is read.
import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";

import { PATCH as adminUserRoute } from "@/app/api/admin/users/[id]/route";
import { GET as adminUsersRoute } from "@/app/api/admin/users/route";
import { GET as libraryRoute } from "@/app/api/users/me/library/route";
import { getDb } from "@/lib/accounts-db/get-db";
import { handlers } from "@/lib/auth/auth";
import { getSessionUser } from "@/lib/auth/get-session-user";
import { hashPassword } from "@/lib/auth/password-hash";
import { promoteUserToAdmin } from "@/lib/auth/promote-user-to-admin";
import { SECURE_SESSION_COOKIE, SESSION_COOKIE } from "@/lib/auth/session-cookie";
import { withEnv } from "@/tests/support/with-env";

import { setUpAccountsDatabase } from "./support/accounts-test-env";
import { apiRequest, read } from "./support/api-request";
import { cookiesFrom, postAuthForm, requestSignInLink, signInWithPassword, withCookiesFrom } from "./support/auth-js";
import { setUpLocalTwitch } from "./support/local-openid-provider";
import { signInLinkSentTo } from "./support/queued-mail";
import { sessionCookie } from "./support/session";
import { createUser, STRONG_PASSWORD } from "./support/users";

setUpAccountsDatabase({ ADMIN_EMAILS: "boss@example.test" });

// "unverified-…" accounts have an address Twitch has not verified.
const localTwitch = setUpLocalTwitch((accountId) => ({
  email: `${accountId}@example.test`,
  email_verified: !accountId.startsWith("unverified"),
  preferred_username: accountId,
}));

const library = async (cookie: string) => (await read(libraryRoute(apiRequest("/api/users/me/library", { cookie }), undefined))).status;
const adminUsers = async (cookie: string) =>
  (await read(adminUsersRoute(apiRequest("/api/admin/users", { cookie }), undefined as never))).status;
const sessionEndpoint = (cookie: string) => handlers.GET(new NextRequest("http://localhost/api/auth/session", { headers: { cookie } }));

async function requestLink(email: string): Promise<void> {
  expect((await requestSignInLink(email)).status).toBe(302);
}

async function followLinkSentTo(to: string): Promise<string> {
  return cookiesFrom(await handlers.GET(new NextRequest(await signInLinkSentTo(to))));
}

/** Signs in with "Twitch" as accountId, with `session` (a cookie) already signed in, as a browser would. */
async function signInWithTwitch(accountId: string, session = ""): Promise<Response> {
  const { response: start, cookie } = await postAuthForm("signin/twitch", { callbackUrl: "http://localhost/library" });
  const back = await localTwitch().authorize(start.headers.get("location")!, accountId);
  const jar = withCookiesFrom([cookie, session].filter(Boolean).join("; "), start);
  return handlers.GET(new NextRequest(back, { headers: { cookie: jar } }));
}

describe("the first proof of an address ends the squatter's session", () => {
  it("gives the squatter's password cookie 401 (API and admin API) once the owner signs in by link, with ADMIN_EMAILS", async () => {
    const db = await getDb();
    const squatter = await db.user.create({ data: { email: "boss@example.test", passwordHash: await hashPassword(STRONG_PASSWORD) } });
    const cookieA = cookiesFrom(await signInWithPassword("boss@example.test", STRONG_PASSWORD));
    expect(await library(cookieA)).toBe(200);

    await requestLink("boss@example.test");
    const cookieV = await followLinkSentTo("boss@example.test");

    expect(await library(cookieA)).toBe(401);
    expect(await adminUsers(cookieA)).toBe(401);
    // Auth.js's own session read refuses it too, and clears the cookie.
    const stale = await sessionEndpoint(cookieA);
    expect(await stale.json()).toBeNull();
    expect(stale.headers.getSetCookie().join()).toMatch(new RegExp(`${SESSION_COOKIE}=;`));

    // The owner's session is the admin one.
    expect(await getSessionUser(apiRequest("/", { cookie: cookieV }))).toMatchObject({ id: squatter.id, role: "ADMIN" });
    expect(await adminUsers(cookieV)).toBe(200);
    const row = await db.user.findUniqueOrThrow({ where: { id: squatter.id } });
    expect(row.sessionVersion).toBeGreaterThan(0);
    expect(await db.auditLog.count({ where: { target: `user:${squatter.id}`, action: "user.sessions.revoke" } })).toBeGreaterThanOrEqual(1);
  });

  it("unlinks OAuth accounts linked before the proof, and a later proof changes nothing", async () => {
    const db = await getDb();
    const user = await db.user.create({ data: { email: "early-link@example.test", passwordHash: await hashPassword(STRONG_PASSWORD) } });
    // Linked before this release refused it (or by any other path): the row is what counts.
    await db.account.create({ data: { userId: user.id, type: "oidc", provider: "twitch", providerAccountId: "squatters-twitch" } });
    await requestLink("early-link@example.test");
    const owner = await followLinkSentTo("early-link@example.test");
    expect(await db.account.count({ where: { userId: user.id } })).toBe(0);
    expect(await db.auditLog.count({ where: { target: `user:${user.id}`, action: "user.accounts.unlink" } })).toBe(1);
    const version = (await db.user.findUniqueOrThrow({ where: { id: user.id } })).sessionVersion;

    await requestLink("early-link@example.test");
    await followLinkSentTo("early-link@example.test");
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).sessionVersion).toBe(version);
    expect(await library(owner)).toBe(200);
  });
});

describe("OAuth sign-ins and links", () => {
  it("refuses to link an OAuth account to a signed-in account whose address is unproven", async () => {
    const squatter = await createUser("unproven");
    const cookie = cookiesFrom(await signInWithPassword(squatter.email, STRONG_PASSWORD));
    const res = await signInWithTwitch("squatter-twitch", cookie);
    expect(new URL(res.headers.get("location")!).searchParams.get("error")).toBeTruthy();
    expect(await (await getDb()).account.count({ where: { userId: squatter.id } })).toBe(0);
  });

  it("links one to a signed-in account whose address is proven", async () => {
    const db = await getDb();
    const proven = await db.user.create({ data: { email: "proven-linker@example.test", emailVerified: new Date() } });
    const res = await signInWithTwitch("linker-twitch", await sessionCookie(proven));
    expect(res.headers.get("location")).toBe("http://localhost/library");
    expect(await db.account.count({ where: { userId: proven.id, provider: "twitch" } })).toBe(1);
  });

  it("refuses a Twitch sign-in whose email Twitch has not verified, and creates nothing", async () => {
    const res = await signInWithTwitch("unverified-viewer");
    expect(new URL(res.headers.get("location")!).searchParams.get("error")).toBe("AccessDenied");
    expect(res.headers.getSetCookie().join()).not.toContain("session-token");
    expect(await (await getDb()).user.count({ where: { email: "unverified-viewer@example.test" } })).toBe(0);
  });

  it("marks an account made by a verified OAuth sign-in proven", async () => {
    const res = await signInWithTwitch("fresh-viewer");
    const user = await getSessionUser(apiRequest("/", { cookie: cookiesFrom(res) }));
    expect((await (await getDb()).user.findUniqueOrThrow({ where: { id: user!.id } })).emailVerified).toBeInstanceOf(Date);
  });
});

describe("a role change ends the user's sessions", () => {
  it("through the admin console", async () => {
    const db = await getDb();
    const admin = await db.user.create({ data: { email: "console-admin@example.test", role: "ADMIN" } });
    const player = await createUser("promoted");
    const old = await sessionCookie(player);
    expect(await library(old)).toBe(200);
    const res = await read(
      adminUserRoute(
        apiRequest(`/api/admin/users/${player.id}`, { method: "PATCH", cookie: await sessionCookie(admin), body: { role: "ADMIN" } }),
        {
          params: Promise.resolve({ id: player.id }),
        },
      ),
    );
    expect(res.status).toBe(200);
    expect(await library(old)).toBe(401);
    expect(await adminUsers(old)).toBe(401);
    // The role change's own audit entry records it (and so the sessions it ended).
    expect(await db.auditLog.findFirst({ where: { target: `user:${player.id}`, action: "user.role.update" } })).toMatchObject({
      actorId: admin.id,
    });
  });

  it("through the CLI (npm run user:admin)", async () => {
    const player = await createUser("cli");
    const old = await sessionCookie(player);
    expect((await promoteUserToAdmin(player.email)).outcome).toBe("promoted");
    expect(await library(old)).toBe(401);
  });
});

describe("the session cookie's name on an HTTPS site", () => {
  it("reads only the __Secure- name when SITE_URL is https, either name over http", async () => {
    const user = await createUser("https");
    const plain = await sessionCookie(user);
    const secure = await sessionCookie(user, { cookieName: SECURE_SESSION_COOKIE });
    await withEnv({ SITE_URL: "https://questlog.example.org" }, async () => {
      expect(await getSessionUser(apiRequest("/", { cookie: plain }))).toBeNull();
      expect(await getSessionUser(apiRequest("/", { cookie: secure }))).toMatchObject({ id: user.id });
    });
    await withEnv({ SITE_URL: "http://127.0.0.1:3000" }, async () => {
      expect(await getSessionUser(apiRequest("/", { cookie: plain }))).toMatchObject({ id: user.id });
    });
  });
});
