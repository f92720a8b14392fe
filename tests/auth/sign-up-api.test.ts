// POST /api/users through the real route handler on a fresh PostgreSQL database: 202 alike for a new address and
// one with an account (whose owner is mailed instead: no enumeration), 400s for weak passwords, bad input and
// malformed JSON, no ADMIN_EMAILS bootstrap without a proven address, and the CSRF guard.
import { afterAll, describe, expect, it } from "vitest";

import { POST as signUpRoute } from "@/app/api/users/route";
import { getDb } from "@/lib/accounts-db/get-db";
import { verifyPassword } from "@/lib/auth/password-hash";
import { closeJobSystem } from "@/lib/jobs/get-job-system";

import { setUpAccountsDatabase } from "./support/accounts-test-env";
import { apiRequest, read } from "./support/api-request";
import { queuedMailsTo } from "./support/queued-mail";
import { STRONG_PASSWORD } from "./support/users";

setUpAccountsDatabase({ ADMIN_EMAILS: "Boss@Example.test, second@example.test" });
afterAll(() => closeJobSystem());

/** Subjects of the mails queued to `to` (the email.send job; no worker runs here). */
async function mailsTo(to: string): Promise<string[]> {
  return (await queuedMailsTo(to)).map((m) => m.subject);
}
const userByEmail = async (email: string) => (await getDb()).user.findUniqueOrThrow({ where: { email } });

const signUp = (body: unknown, headers: Record<string, string> = {}) =>
  read(signUpRoute(apiRequest("/api/users", { method: "POST", body, headers }), undefined));

describe("POST /api/users", () => {
  it("creates a player, lower-cases the email, answers 202 check_email and stores an argon2id hash", async () => {
    const { status, body } = await signUp({ email: "  Ada@Example.TEST ", password: STRONG_PASSWORD, name: " Ada " });
    expect(status).toBe(202);
    expect(body).toEqual({ status: "check_email" });
    const row = await userByEmail("ada@example.test");
    expect(row).toMatchObject({ name: "Ada", role: "PLAYER" });
    expect(row.passwordHash).toMatch(/^\$argon2id\$/);
    expect(await verifyPassword(row.passwordHash!, STRONG_PASSWORD)).toBe(true);
    expect(await mailsTo("ada@example.test")).toEqual([]);
  });

  it("answers an existing email (any case) exactly as a new one, mails its owner instead, and keeps the account as it was", async () => {
    const first = await signUp({ email: "grace@example.test", password: STRONG_PASSWORD });
    const again = await signUp({ email: "GRACE@example.test", password: "another-fine-passphrase" });
    expect([again.status, again.body]).toEqual([first.status, first.body]);
    expect(await mailsTo("grace@example.test")).toEqual(["You already have a Questlog account"]);
    const rows = await (await getDb()).user.findMany({ where: { email: "grace@example.test" } });
    expect(rows).toHaveLength(1);
    expect(await verifyPassword(rows[0]!.passwordHash!, STRONG_PASSWORD)).toBe(true);
  });

  it("answers 202 for an email that signed in by another method (no password yet), and sets no password", async () => {
    await (await getDb()).user.create({ data: { email: "oauth-only@example.test" } });
    const res = await signUp({ email: "oauth-only@example.test", password: STRONG_PASSWORD });
    expect([res.status, res.body]).toEqual([202, { status: "check_email" }]);
    expect((await userByEmail("oauth-only@example.test")).passwordHash).toBeNull();
    expect(await mailsTo("oauth-only@example.test")).toEqual(["You already have a Questlog account"]);
  });

  it.each([
    ["too short", "k7#Qm2vLx", "too_short"],
    ["common", "qwertyuiop123", "too_common"],
    ["mostly the email", "weakling@example.test", "too_close_to_email_or_name"],
    ["mostly the name", "WeaklingJones99", "too_close_to_email_or_name"],
  ])("answers 400 weak_password for a password that is %s, with the reasons, and creates nothing", async (_case, password, code) => {
    const { status, body } = await signUp({ email: "weakling@example.test", password, name: "Weakling Jones" });
    expect(status).toBe(400);
    expect(body.error.code).toBe("weak_password");
    expect(body.error.details.problems).toEqual(expect.arrayContaining([expect.objectContaining({ code, message: expect.any(String) })]));
    expect(await (await getDb()).user.count({ where: { email: "weakling@example.test" } })).toBe(0);
  });

  it.each([
    ["no email", { password: STRONG_PASSWORD }, "email"],
    ["a malformed email", { email: "not-an-email", password: STRONG_PASSWORD }, "email"],
    ["no password", { email: "x@example.test" }, "password"],
    ["a number for a password", { email: "x@example.test", password: 1234567890123 }, "password"],
    ["a 101-character name", { email: "x@example.test", password: STRONG_PASSWORD, name: "n".repeat(101) }, "name"],
    ["an array body", [], ""],
  ])("answers 400 invalid_parameters for %s", async (_case, body, field) => {
    const res = await signUp(body);
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe("invalid_parameters");
    if (field) expect(res.body.error.details.fields).toHaveProperty(field);
  });

  it("answers 400 invalid_json for a malformed body", async () => {
    const res = await signUp('{"email": "x@example.test", "password": ');
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe("invalid_json");
  });

  it("does not make an ADMIN_EMAILS address an admin at password sign-up: the address is not proven yet", async () => {
    const { status } = await signUp({ email: "boss@example.TEST", password: STRONG_PASSWORD });
    expect(status).toBe(202);
    const row = await userByEmail("boss@example.test");
    expect(row.role).toBe("PLAYER");
    expect(await (await getDb()).auditLog.count({ where: { target: `user:${row.id}` } })).toBe(0);
  });

  it("refuses a form post and a cross-site origin with 403 forbidden, creating nothing", async () => {
    const form = await read(
      signUpRoute(
        apiRequest("/api/users", {
          method: "POST",
          body: "email=csrf%40example.test&password=tangerine-orbit-velvet-42",
          headers: { "content-type": "application/x-www-form-urlencoded" },
        }),
        undefined,
      ),
    );
    expect(form.status).toBe(403);
    expect(form.body.error.code).toBe("forbidden");
    const crossSite = await signUp({ email: "csrf@example.test", password: STRONG_PASSWORD }, { origin: "https://evil.example" });
    expect(crossSite.status).toBe(403);
    expect(await (await getDb()).user.count({ where: { email: "csrf@example.test" } })).toBe(0);
  });
});
