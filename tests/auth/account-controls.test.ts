// The account controls through the real route handlers on a fresh PostgreSQL database: change password, reset a
// forgotten one by emailed link (single use, 1 hour, stored hashed, rate-limited), change the email address
// (verified at the new one), sign out everywhere, delete the account, export its data. Each that ends sessions
// does so through the session version: an older cookie gets 401 afterwards.
import { createHash } from "node:crypto";

import { afterAll, describe, expect, it } from "vitest";

import { POST as confirmEmailRoute } from "@/app/api/users/email-change/confirm/route";
import { POST as emailRoute } from "@/app/api/users/me/email/route";
import { GET as exportRoute } from "@/app/api/users/me/export/route";
import { GET as libraryRoute } from "@/app/api/users/me/library/route";
import { POST as passwordRoute } from "@/app/api/users/me/password/route";
import { DELETE as deleteRoute, GET as meRoute } from "@/app/api/users/me/route";
import { POST as signOutEverywhereRoute } from "@/app/api/users/me/sign-out-everywhere/route";
import { POST as resetConfirmRoute } from "@/app/api/users/password-reset/confirm/route";
import { POST as resetRoute } from "@/app/api/users/password-reset/route";
import { getDb } from "@/lib/accounts-db/get-db";
import { authorizeCredentials } from "@/lib/auth/authorize-credentials";
import { SESSION_COOKIE } from "@/lib/auth/session-cookie";
import { closeJobSystem } from "@/lib/jobs/get-job-system";
import { withEnv } from "@/tests/support/with-env";

import { setUpAccountsDatabase } from "./support/accounts-test-env";
import { apiRequest, read, type ApiRequestOptions } from "./support/api-request";
import { cookiesFrom } from "./support/auth-js";
import { queuedMailsTo } from "./support/queued-mail";
import { sessionCookie } from "./support/session";
import { createUser, STRONG_PASSWORD } from "./support/users";

setUpAccountsDatabase();
afterAll(() => closeJobSystem());

const NEW_PASSWORD = "marigold-compass-harbor-77";
type Route = (req: ReturnType<typeof apiRequest>, context: never) => Promise<Response>;
const call = (route: Route, path: string, options: ApiRequestOptions = {}) => read(route(apiRequest(path, options), undefined as never));
const post = (route: Route, path: string, cookie: string | undefined, body?: unknown) =>
  call(route, path, { method: "POST", cookie, body: body ?? {} });
const library = async (cookie: string) => (await call(libraryRoute as Route, "/api/users/me/library", { cookie })).status;
const now = () => Math.floor(Date.now() / 1000);
const signsIn = async (email: string, password: string) => (await authorizeCredentials({ email, password }, apiRequest("/"))) !== null;

/** The mails queued to `to` (email.send jobs; no worker runs here), oldest first. */
async function mailsTo(to: string): Promise<Array<{ subject: string; text: string }>> {
  return (await queuedMailsTo(to)).reverse();
}
async function linkTokenSentTo(to: string, path: string): Promise<string> {
  const mail = (await mailsTo(to)).filter((m) => m.text.includes(path)).at(-1);
  const token = new RegExp(`${path.replace("?", "\\?")}token=([\\w-]+)`).exec(mail?.text ?? "")?.[1];
  if (!token) throw new Error(`no ${path} link mailed to ${to}`);
  return token;
}

describe("signed out, or from another site", () => {
  it.each([
    ["GET /api/users/me", meRoute, "GET"],
    ["DELETE /api/users/me", deleteRoute, "DELETE"],
    ["POST /api/users/me/password", passwordRoute, "POST"],
    ["POST /api/users/me/email", emailRoute, "POST"],
    ["POST /api/users/me/sign-out-everywhere", signOutEverywhereRoute, "POST"],
    ["GET /api/users/me/export", exportRoute, "GET"],
  ])("%s answers 401 without a session", async (_name, route, method) => {
    const res = await call(route as Route, "/api/users/me", { method, body: method === "GET" ? undefined : {} });
    expect(res.status).toBe(401);
    expect(res.body.error.code).toBe("unauthorized");
  });

  // Every account mutation, the signed-in ones and the emailed-link ones: a forged cross-site request and a
  // malformed body are refused before anything changes.
  const MUTATIONS: Array<[string, Route, string]> = [
    ["DELETE /api/users/me", deleteRoute as Route, "DELETE"],
    ["POST /api/users/me/password", passwordRoute as Route, "POST"],
    ["POST /api/users/me/email", emailRoute as Route, "POST"],
    ["POST /api/users/me/sign-out-everywhere", signOutEverywhereRoute as Route, "POST"],
    ["POST /api/users/password-reset", resetRoute as Route, "POST"],
    ["POST /api/users/password-reset/confirm", resetConfirmRoute as Route, "POST"],
    ["POST /api/users/email-change/confirm", confirmEmailRoute as Route, "POST"],
  ];

  it.each(MUTATIONS)("%s refuses a cross-site request (403) and changes nothing", async (_name, route, method) => {
    const user = await createUser("csrf");
    const cookie = await sessionCookie(user);
    const crossSite = await call(route, "/x", { method, cookie, body: {}, headers: { origin: "https://evil.example" } });
    expect([crossSite.status, crossSite.body.error.code]).toEqual([403, "forbidden"]);
    expect(await library(cookie)).toBe(200);
    expect(await signsIn(user.email, STRONG_PASSWORD)).toBe(true);
  });

  it.each(MUTATIONS.filter(([name]) => !name.endsWith("sign-out-everywhere")))(
    "%s refuses a malformed body (400) and changes nothing",
    async (_name, route, method) => {
      const user = await createUser("malformed");
      const cookie = await sessionCookie(user);
      const malformed = await call(route, "/x", { method, cookie, body: { token: 7, email: [], password: null, admin: true } });
      expect([malformed.status, malformed.body.error.code]).toEqual([400, "invalid_parameters"]);
      expect(await library(cookie)).toBe(200);
      expect(await signsIn(user.email, STRONG_PASSWORD)).toBe(true);
    },
  );
});

describe("GET /api/users/me", () => {
  it("describes the account without its hash", async () => {
    const user = await createUser("me");
    const { status, body } = await call(meRoute as Route, "/x", { cookie: await sessionCookie(user, { claims: { authTime: now() } }) });
    expect(status).toBe(200);
    expect(body).toMatchObject({
      id: user.id,
      email: user.email,
      hasPassword: true,
      emailVerified: false,
      providers: [],
      recentSignIn: true,
    });
    expect(JSON.stringify(body)).not.toContain("argon2");
  });
});

describe("changing the password", () => {
  it("needs the current password, refuses a weak new one, then ends every other session and keeps this one", async () => {
    const user = await createUser("change");
    const here = await sessionCookie(user);
    const elsewhere = await sessionCookie(user);
    const wrong = await post(passwordRoute as Route, "/x", here, { currentPassword: "not-my-password-at-all", newPassword: NEW_PASSWORD });
    expect([wrong.status, wrong.body.error.code]).toEqual([403, "wrong_password"]);
    const weak = await post(passwordRoute as Route, "/x", here, { currentPassword: STRONG_PASSWORD, newPassword: "password1" });
    expect([weak.status, weak.body.error.code]).toEqual([400, "weak_password"]);
    expect(await library(elsewhere)).toBe(200);

    const res = await passwordRoute(
      apiRequest("/x", { method: "POST", cookie: here, body: { currentPassword: STRONG_PASSWORD, newPassword: NEW_PASSWORD } }),
      undefined as never,
    );
    expect(res.status).toBe(200);
    const reissued = cookiesFrom(res);
    expect(reissued).toContain(`${SESSION_COOKIE}=`);
    expect(await library(elsewhere)).toBe(401);
    expect(await library(here)).toBe(401);
    expect(await library(reissued)).toBe(200);
    expect(await signsIn(user.email, NEW_PASSWORD)).toBe(true);
    expect(await signsIn(user.email, STRONG_PASSWORD)).toBe(false);
    const audit = await (await getDb()).auditLog.findFirst({ where: { target: `user:${user.id}`, action: "user.sessions.revoke" } });
    expect(audit?.details).toEqual({ reason: "password-change" });
  });

  it("sends an account without a password to the emailed link (409 no_password)", async () => {
    const db = await getDb();
    const linkOnly = await db.user.create({ data: { email: "link-only@example.test", emailVerified: new Date() } });
    const res = await post(passwordRoute as Route, "/x", await sessionCookie(linkOnly), {
      currentPassword: "anything-at-all",
      newPassword: NEW_PASSWORD,
    });
    expect([res.status, res.body.error.details.reason]).toEqual([409, "no_password"]);
  });
});

describe("resetting a forgotten password by emailed link", () => {
  it("answers 202 alike for an unknown address, mailing nothing", async () => {
    const res = await post(resetRoute as Route, "/x", undefined, { email: "nobody-here@example.test" });
    expect([res.status, res.body]).toEqual([202, { status: "check_email" }]);
    expect(await mailsTo("nobody-here@example.test")).toEqual([]);
  });

  it("mails a link whose token is stored only hashed, works once, ends every session and sets the password", async () => {
    const user = await createUser("reset");
    const old = await sessionCookie(user);
    const res = await post(resetRoute as Route, "/x", undefined, { email: user.email.toUpperCase() });
    expect([res.status, res.body]).toEqual([202, { status: "check_email" }]);
    const token = await linkTokenSentTo(user.email, "/reset-password?");
    const rows = await (await getDb()).accountToken.findMany({ where: { userId: user.id } });
    expect(rows).toHaveLength(1);
    expect(rows[0]!.tokenHash).toBe(createHash("sha256").update(token).digest("hex"));
    expect(JSON.stringify(rows)).not.toContain(token);
    expect(rows[0]!.expires.getTime() - Date.now()).toBeGreaterThan(59 * 60_000);
    expect(rows[0]!.expires.getTime() - Date.now()).toBeLessThanOrEqual(60 * 60_000);

    // A weak password does not use the link up.
    const weak = await post(resetConfirmRoute as Route, "/x", undefined, { token, password: "password1" });
    expect([weak.status, weak.body.error.code]).toEqual([400, "weak_password"]);
    expect((await post(resetConfirmRoute as Route, "/x", undefined, { token, password: NEW_PASSWORD })).status).toBe(204);
    expect(await signsIn(user.email, NEW_PASSWORD)).toBe(true);
    expect(await library(old)).toBe(401);
    const again = await post(resetConfirmRoute as Route, "/x", undefined, { token, password: "yet-another-passphrase-9" });
    expect([again.status, again.body.error.code]).toEqual([400, "invalid_token"]);
    expect(await signsIn(user.email, NEW_PASSWORD)).toBe(true);
    const reasons = (await (await getDb()).auditLog.findMany({ where: { target: `user:${user.id}`, action: "user.sessions.revoke" } })).map(
      (a) => a.details,
    );
    expect(reasons).toContainEqual({ reason: "password-reset" });
  });

  it("refuses an expired link, and an older link once a newer one was sent", async () => {
    const user = await createUser("expiry");
    await post(resetRoute as Route, "/x", undefined, { email: user.email });
    const first = await linkTokenSentTo(user.email, "/reset-password?");
    await post(resetRoute as Route, "/x", undefined, { email: user.email });
    const second = await linkTokenSentTo(user.email, "/reset-password?");
    expect(second).not.toBe(first);
    expect((await post(resetConfirmRoute as Route, "/x", undefined, { token: first, password: NEW_PASSWORD })).body.error.code).toBe(
      "invalid_token",
    );
    await (await getDb()).accountToken.updateMany({ where: { userId: user.id }, data: { expires: new Date(Date.now() - 1000) } });
    const expired = await post(resetConfirmRoute as Route, "/x", undefined, { token: second, password: NEW_PASSWORD });
    expect([expired.status, expired.body.error.code]).toEqual([400, "invalid_token"]);
    expect(await signsIn(user.email, STRONG_PASSWORD)).toBe(true);
  });

  it("sets a first password on an account that had none, and proves an unproven address", async () => {
    const db = await getDb();
    const user = await db.user.create({ data: { email: "first-password@example.test" } });
    await post(resetRoute as Route, "/x", undefined, { email: user.email });
    const token = await linkTokenSentTo(user.email, "/reset-password?");
    expect((await post(resetConfirmRoute as Route, "/x", undefined, { token, password: NEW_PASSWORD })).status).toBe(204);
    expect(await signsIn(user.email, NEW_PASSWORD)).toBe(true);
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).emailVerified).toBeInstanceOf(Date);
  });

  it("is rate-limited per address (429 after 3 an hour)", async () => {
    const user = await createUser("flood");
    await withEnv({ AUTH_RATE_LIMITS: "on" }, async () => {
      const statuses = [];
      for (let i = 0; i < 4; i++) statuses.push((await post(resetRoute as Route, "/x", undefined, { email: user.email })).status);
      expect(statuses).toEqual([202, 202, 202, 429]);
    });
    expect((await mailsTo(user.email)).length).toBe(3);
  });
});

describe("changing the email address", () => {
  it("needs the password, mails the new address a link and the old one a notice, and changes only when the link is used", async () => {
    const user = await createUser("mover");
    const cookie = await sessionCookie(user);
    const wrong = await post(emailRoute as Route, "/x", cookie, { newEmail: "moved@example.test", password: "not-my-password-at-all" });
    expect([wrong.status, wrong.body.error.code]).toEqual([403, "wrong_password"]);
    const res = await post(emailRoute as Route, "/x", cookie, { newEmail: "Moved@Example.test", password: STRONG_PASSWORD });
    expect([res.status, res.body]).toEqual([202, { status: "check_email" }]);
    expect((await mailsTo(user.email)).map((m) => m.subject)).toContain("Your Questlog address is about to change");
    const token = await linkTokenSentTo("moved@example.test", "/confirm-email?");
    expect((await (await getDb()).user.findUniqueOrThrow({ where: { id: user.id } })).email).toBe(user.email);

    const confirmed = await post(confirmEmailRoute as Route, "/x", undefined, { token });
    expect([confirmed.status, confirmed.body]).toEqual([200, { email: "moved@example.test" }]);
    const row = await (await getDb()).user.findUniqueOrThrow({ where: { id: user.id } });
    expect(row.email).toBe("moved@example.test");
    expect(row.emailVerified).toBeInstanceOf(Date);
    expect(await signsIn("moved@example.test", STRONG_PASSWORD)).toBe(true);
    expect((await post(confirmEmailRoute as Route, "/x", undefined, { token })).body.error.code).toBe("invalid_token");
  });

  it("answers alike for an address that has an account, telling that address instead of sending a link", async () => {
    const user = await createUser("taker");
    const other = await createUser("taken");
    const res = await post(emailRoute as Route, "/x", await sessionCookie(user), { newEmail: other.email, password: STRONG_PASSWORD });
    expect([res.status, res.body]).toEqual([202, { status: "check_email" }]);
    expect((await mailsTo(other.email)).map((m) => m.subject)).toEqual(["Your address is already on Questlog"]);
    expect(await (await getDb()).accountToken.count({ where: { userId: user.id } })).toBe(0);
  });
});

describe("signing out everywhere", () => {
  it("ends every session, this one included, and clears its cookie", async () => {
    const user = await createUser("everywhere");
    const here = await sessionCookie(user);
    const elsewhere = await sessionCookie(user);
    const res = await signOutEverywhereRoute(apiRequest("/x", { method: "POST", cookie: here, body: {} }), undefined as never);
    expect(res.status).toBe(204);
    expect(res.headers.getSetCookie().join()).toMatch(new RegExp(`${SESSION_COOKIE}=;`));
    expect(await library(here)).toBe(401);
    expect(await library(elsewhere)).toBe(401);
    // Signing in again works, under the new version.
    expect(await signsIn(user.email, STRONG_PASSWORD)).toBe(true);
  });
});

describe("deleting the account", () => {
  it("needs the password; removes the user, library and wishlist; keeps an anonymous audit entry", async () => {
    const db = await getDb();
    const user = await createUser("leaver");
    const cookie = await sessionCookie(user);
    await db.libraryEntry.create({ data: { userId: user.id, gameId: 1, status: "PLAYING" } });
    await db.wishlistEntry.create({ data: { userId: user.id, gameId: 2 } });
    const wrong = await call(deleteRoute as Route, "/x", { method: "DELETE", cookie, body: { password: "not-my-password-at-all" } });
    expect([wrong.status, wrong.body.error.code]).toEqual([403, "wrong_password"]);
    expect(await db.user.count({ where: { id: user.id } })).toBe(1);

    const res = await call(deleteRoute as Route, "/x", { method: "DELETE", cookie, body: { password: STRONG_PASSWORD } });
    expect(res.status).toBe(204);
    expect(await db.user.count({ where: { id: user.id } })).toBe(0);
    expect(await db.libraryEntry.count({ where: { userId: user.id } })).toBe(0);
    expect(await db.wishlistEntry.count({ where: { userId: user.id } })).toBe(0);
    expect(await library(cookie)).toBe(401);
    const entry = await db.auditLog.findFirst({ where: { target: `user:${user.id}`, action: "user.delete" } });
    expect(entry).not.toBeNull();
    expect(JSON.stringify(entry)).not.toContain(user.email);
    expect((await mailsTo(user.email)).map((m) => m.subject)).toContain("Your Questlog account was deleted");
  });

  it("asks an account without a password for a recent sign-in", async () => {
    const db = await getDb();
    const user = await db.user.create({ data: { email: "passwordless-leaver@example.test", emailVerified: new Date() } });
    const stale = await call(deleteRoute as Route, "/x", {
      method: "DELETE",
      cookie: await sessionCookie(user, { claims: { authTime: now() - 3600 } }),
      body: {},
    });
    expect([stale.status, stale.body.error.code]).toEqual([403, "reauthentication_required"]);
    const fresh = await call(deleteRoute as Route, "/x", {
      method: "DELETE",
      cookie: await sessionCookie(user, { claims: { authTime: now() - 60 } }),
      body: {},
    });
    expect(fresh.status).toBe(204);
    expect(await db.user.count({ where: { id: user.id } })).toBe(0);
  });
});

describe("exporting the account's data", () => {
  it("downloads the account, library, wishlist and audit entries as JSON, without secrets", async () => {
    const db = await getDb();
    const user = await createUser("exporter");
    await db.libraryEntry.create({ data: { userId: user.id, gameId: 1, status: "COMPLETED", rating: 9 } });
    await db.wishlistEntry.create({ data: { userId: user.id, gameId: 2, notes: "birthday" } });
    await db.auditLog.create({
      data: { actorId: null, action: "user.sessions.revoke", target: `user:${user.id}`, details: { reason: "sign-out-everywhere" } },
    });
    const res = await exportRoute(apiRequest("/x", { cookie: await sessionCookie(user) }), undefined as never);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-disposition")).toMatch(/^attachment; filename="questlog-account-\d{4}-\d{2}-\d{2}\.json"$/);
    const text = await res.text();
    expect(text).not.toContain("argon2");
    const data = JSON.parse(text);
    expect(data.account).toMatchObject({ id: user.id, email: user.email, hasPassword: true });
    expect(data.library).toEqual([expect.objectContaining({ gameId: 1, status: "COMPLETED", rating: 9 })]);
    expect(data.wishlist).toEqual([expect.objectContaining({ gameId: 2, notes: "birthday" })]);
    expect(data.auditLog).toEqual([expect.objectContaining({ action: "user.sessions.revoke", byThisAccount: false })]);
  });
});
