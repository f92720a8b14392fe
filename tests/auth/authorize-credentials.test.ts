// The credentials sign-in (Auth.js `authorize`) and the jwt/session callbacks, called as Auth.js calls them, on a
// fresh PostgreSQL database: right and wrong passwords, unknown emails and password-less accounts answered alike,
// and the ADMIN_EMAILS bootstrap at sign-in.
import { describe, expect, it } from "vitest";

import { getDb } from "@/lib/accounts-db/get-db";
import { jwtCallback, sessionCallback } from "@/lib/auth/auth-callbacks";
import { authorizeCredentials } from "@/lib/auth/authorize-credentials";

import { withEnv } from "../support/with-env";
import { setUpAccountsDatabase } from "./support/accounts-test-env";
import { createUser, STRONG_PASSWORD } from "./support/users";

setUpAccountsDatabase({ ADMIN_EMAILS: "chief@example.test" });

const request = () => new Request("http://localhost/api/auth/callback/credentials", { method: "POST" });
const authorize = (email: unknown, password: unknown) => authorizeCredentials({ email, password }, request());

describe("authorizeCredentials", () => {
  it("returns the user for the right password, whatever the case of the email", async () => {
    const user = await createUser("right");
    expect(await authorize(user.email, STRONG_PASSWORD)).toEqual({ id: user.id, email: user.email, name: null, image: null });
    expect(await authorize(`  ${user.email.toUpperCase()} `, STRONG_PASSWORD)).toMatchObject({ id: user.id });
  });

  it("returns null for a wrong password, an unknown email and an account without a password", async () => {
    const user = await createUser("wrong");
    const oauthOnly = await (await getDb()).user.create({ data: { email: "oauth-only@example.test" } });
    expect(await authorize(user.email, `${STRONG_PASSWORD}!`)).toBeNull();
    expect(await authorize(user.email, "")).toBeNull();
    expect(await authorize("nobody@example.test", STRONG_PASSWORD)).toBeNull();
    expect(await authorize(oauthOnly.email, STRONG_PASSWORD)).toBeNull();
  });

  it("returns null for input that is not an email and a password", async () => {
    expect(await authorize(undefined, STRONG_PASSWORD)).toBeNull();
    expect(await authorize("not-an-email", STRONG_PASSWORD)).toBeNull();
    expect(await authorize(["a@example.test"], STRONG_PASSWORD)).toBeNull();
    expect(await authorize("a@example.test", { toString: () => STRONG_PASSWORD })).toBeNull();
    expect(await authorize("a@example.test", "x".repeat(2000))).toBeNull();
  });
});

describe("jwtCallback and sessionCallback", () => {
  it("puts the user id, role and session version in the token at sign-in, and keeps later tokens while the version holds", async () => {
    const user = await createUser("token");
    const token = await jwtCallback({ token: { name: null, email: user.email }, user: { id: user.id, email: user.email } });
    expect(token).toMatchObject({ sub: user.id, email: user.email, role: "PLAYER", sessionVersion: 0 });
    const later = { ...token, iat: 1 };
    expect(await jwtCallback({ token: later })).toEqual(later);
    await (await getDb()).user.update({ where: { id: user.id }, data: { sessionVersion: { increment: 1 } } });
    // Auth.js clears the cookie when the callback answers null.
    expect(await jwtCallback({ token: later })).toBeNull();
    expect(await jwtCallback({ token: { sub: "no-such-user", sessionVersion: 0 } })).toBeNull();
  });

  it("promotes an ADMIN_EMAILS address at sign-in (an account made before the list named it), once, with an audit entry", async () => {
    const db = await getDb();
    // The address was proven earlier by an emailed sign-in link.
    const chief = await db.user.create({ data: { email: "chief@example.test", emailVerified: new Date() } });
    expect(chief.role).toBe("PLAYER");
    const token = await jwtCallback({ token: {}, user: { id: chief.id, email: "Chief@Example.test" } });
    expect(token?.role).toBe("ADMIN");
    // The promotion ended older sessions; the one it issues carries the new version.
    expect(token?.sessionVersion).toBe(1);
    expect((await db.user.findUniqueOrThrow({ where: { id: chief.id } })).role).toBe("ADMIN");
    await jwtCallback({ token: {}, user: { id: chief.id, email: chief.email } });
    expect(await db.auditLog.count({ where: { target: `user:${chief.id}`, action: "user.role.update" } })).toBe(1);
  });

  it("leaves a listed address whose owner never proved it a player (a squatter's password account), whatever linked account signs in", async () => {
    const db = await getDb();
    const squatter = await db.user.create({ data: { email: "chief-unproven@example.test" } });
    await withEnv({ ADMIN_EMAILS: "chief-unproven@example.test" }, async () => {
      expect((await jwtCallback({ token: {}, user: { id: squatter.id, email: squatter.email } }))?.role).toBe("PLAYER");
      // A sign-in through a linked OpenID account vouches for the provider's address, not this row's.
      expect(
        (await jwtCallback({ token: {}, user: { id: squatter.id, email: squatter.email }, account: { type: "oidc" } } as never))?.role,
      ).toBe("PLAYER");
    });
  });

  it("leaves an unlisted user a player", async () => {
    const user = await createUser("plain");
    expect((await jwtCallback({ token: {}, user: { id: user.id, email: user.email } }))?.role).toBe("PLAYER");
  });

  it("shows the id and role in the session, a player unless the token says admin", () => {
    const session = { user: { name: "Ada", email: "ada@example.test" }, expires: "2030-01-01T00:00:00.000Z" };
    expect(sessionCallback({ session: session as never, token: { sub: "u1", role: "ADMIN" } }).user).toEqual({
      ...session.user,
      id: "u1",
      role: "ADMIN",
    });
    expect(sessionCallback({ session: session as never, token: { sub: "u2", role: "root" as never } }).user.role).toBe("PLAYER");
  });
});
