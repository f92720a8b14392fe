// Sign-in by emailed link through the real Auth.js handlers: the request queues the email (lib/mail's
// email.send job, left unsent: no worker runs here), the link in it signs in (creating the account, email
// verified) and works once.
import { NextRequest } from "next/server";
import { afterAll, describe, expect, it } from "vitest";

import { getDb } from "@/lib/accounts-db/get-db";
import { handlers } from "@/lib/auth/auth";
import { authorizeCredentials } from "@/lib/auth/authorize-credentials";
import { hashPassword } from "@/lib/auth/password-hash";
import { requireUser } from "@/lib/auth/require-user";
import { closeJobSystem } from "@/lib/jobs/get-job-system";
import { withEnv } from "@/tests/support/with-env";

import { setUpAccountsDatabase } from "./support/accounts-test-env";
import { apiRequest } from "./support/api-request";
import { cookiesFrom, requestSignInLink } from "./support/auth-js";
import { signInLinkSentTo } from "./support/queued-mail";
import { STRONG_PASSWORD } from "./support/users";

setUpAccountsDatabase();
afterAll(() => closeJobSystem());

const requestLink = requestSignInLink;

/** The sign-in link in the newest queued email to `to`. */
const linkSentTo = signInLinkSentTo;

describe("magic links", () => {
  it("queues a link for a new address, which signs in once as a new, verified account", async () => {
    const res = await requestLink("Newcomer@Example.test");
    expect(res.status).toBe(302);
    expect(res.headers.get("location")).toBe("http://localhost/api/auth/verify-request?provider=email&type=email");

    const link = await linkSentTo("newcomer@example.test");
    const signedIn = await handlers.GET(new NextRequest(link));
    expect(signedIn.status).toBe(302);
    expect(signedIn.headers.get("location")).toBe("http://localhost/library");
    const user = await requireUser(apiRequest("/", { cookie: cookiesFrom(signedIn) }));
    expect(user).toMatchObject({ email: "newcomer@example.test", role: "PLAYER" });
    expect((await (await getDb()).user.findUniqueOrThrow({ where: { id: user.id } })).emailVerified).toBeInstanceOf(Date);

    const again = await handlers.GET(new NextRequest(link));
    expect(new URL(again.headers.get("location")!).searchParams.get("error")).toBe("Verification");
    expect(again.headers.getSetCookie().join()).not.toContain("session-token");
  });

  it("sends the link to SITE_URL's origin whatever host the request named", async () => {
    await withEnv({ SITE_URL: "https://questlog.example.org" }, async () => {
      expect((await requestLink("spoofed@example.test", "http://evil.example")).status).toBe(302);
    });
    const link = new URL(await linkSentTo("spoofed@example.test"));
    expect(link.origin).toBe("https://questlog.example.org");
    expect(link.pathname).toBe("/api/auth/callback/email");
    expect(link.searchParams.get("email")).toBe("spoofed@example.test");
  });

  it("drops a password set before the address was proven, when its owner first signs in by link (no pre-hijacking)", async () => {
    const db = await getDb();
    const squatted = await db.user.create({ data: { email: "owner@example.test", passwordHash: await hashPassword(STRONG_PASSWORD) } });
    expect(await authorizeCredentials({ email: "owner@example.test", password: STRONG_PASSWORD }, apiRequest("/"))).toMatchObject({
      id: squatted.id,
    });
    await requestLink("owner@example.test");
    const signedIn = await handlers.GET(new NextRequest(await linkSentTo("owner@example.test")));
    expect((await requireUser(apiRequest("/", { cookie: cookiesFrom(signedIn) }))).id).toBe(squatted.id);
    const row = await db.user.findUniqueOrThrow({ where: { id: squatted.id } });
    expect(row.passwordHash).toBeNull();
    expect(row.emailVerified).toBeInstanceOf(Date);
    expect(await authorizeCredentials({ email: "owner@example.test", password: STRONG_PASSWORD }, apiRequest("/"))).toBeNull();
    expect(await db.auditLog.count({ where: { target: `user:${squatted.id}`, action: "user.password.drop" } })).toBe(1);
  });
});
