// The users admin API through its route handlers on a real PostgreSQL: list with search and role filter,
// promote and demote with the acting admin in the audit row, the self-demotion and last-admin refusals,
// players refused; and the last-admin guard holding on PGlite too (its own interactive transaction).
import { randomBytes } from "node:crypto";

import { beforeAll, describe, expect, it } from "vitest";

import { PATCH as patchUser } from "@/app/api/admin/users/[id]/route";
import { GET as listRoute } from "@/app/api/admin/users/route";
import { getDb } from "@/lib/accounts-db/get-db";
import { migrateBackend } from "@/lib/accounts-db/open-database";
import { readMigrations } from "@/lib/accounts-db/read-migrations";
import { listAuditLog } from "@/lib/audit/list-audit-log";
import { LastAdminError, setUserRole } from "@/lib/auth/set-user-role";

import { openTestBackend } from "../accounts-db/support/test-database";
import { setUpAccountsDatabase } from "../auth/support/accounts-test-env";
import { apiRequest, read, type Json } from "../auth/support/api-request";
import { sessionCookie } from "../auth/support/session";
import { createUser } from "../auth/support/users";

const TOKEN = "users-api-admin-token-0123456789abcdef";
setUpAccountsDatabase({ ADMIN_API_TOKEN: TOKEN });

const list = async (query: string, cookie: string) => read(listRoute(apiRequest(`/api/admin/users${query}`, { cookie }), undefined));
const patch = (id: string, body: unknown, credentials: { cookie?: string; headers?: Record<string, string> }) =>
  read(patchUser(apiRequest(`/api/admin/users/${id}`, { method: "PATCH", body, ...credentials }), { params: Promise.resolve({ id }) }));
const roleOf = async (id: string) => (await (await getDb()).user.findUniqueOrThrow({ where: { id } })).role;

describe("users admin API", () => {
  const tag = randomBytes(3).toString("hex");
  let admin: { id: string; email: string };
  let cookie: string;
  let ada: { id: string; email: string };
  let bob: { id: string; email: string };
  beforeAll(async () => {
    admin = await createUser(`root-${tag}`);
    await setUserRole(await getDb(), admin, "ADMIN", "cli");
    cookie = await sessionCookie(admin);
    ada = await createUser(`Ada-${tag}`);
    bob = await createUser(`bob-${tag}`);
    await (await getDb()).user.update({ where: { id: bob.id }, data: { name: `Robert Lovelace ${tag}` } });
  });

  it("lists users newest first with role, join date and library size; searches email or name in any case; filters by role", async () => {
    const all = await list("?limit=200", cookie);
    expect(all.status).toBe(200);
    expect(all.body.total).toBeGreaterThanOrEqual(3);
    const ids = (all.body.users as Json[]).map((u) => u.id);
    expect(ids.indexOf(bob.id)).toBeLessThan(ids.indexOf(ada.id));
    expect((all.body.users as Json[]).find((u) => u.id === ada.id)).toEqual({
      id: ada.id,
      email: ada.email,
      name: null,
      role: "PLAYER",
      createdAt: expect.any(String),
      emailVerified: null,
      libraryCount: 0,
    });
    expect(JSON.stringify(all.body)).not.toContain("passwordHash");

    const byEmail = await list(`?q=${`ADA-${tag}`}`, cookie);
    expect(byEmail.body).toMatchObject({ total: 1, users: [{ id: ada.id }] });
    const byName = await list(`?q=${encodeURIComponent(`lovelace ${tag}`)}`, cookie);
    expect(byName.body).toMatchObject({ total: 1, users: [{ id: bob.id }] });
    const admins = await list(`?role=admin&q=${tag}`, cookie);
    expect(admins.body).toMatchObject({ total: 1, users: [{ id: admin.id, role: "ADMIN" }] });
    const page = await list(`?q=${tag}&limit=1&offset=1`, cookie);
    expect(page.body.total).toBe(3);
    expect(page.body.users).toHaveLength(1);
  });

  it("rejects bad query parameters with a 400", async () => {
    for (const query of ["?role=OWNER", "?limit=0", "?limit=abc", "?offset=-1", `?q=${"x".repeat(201)}`]) {
      const res = await list(query, cookie);
      expect(res.status, query).toBe(400);
      expect(res.body.error.code).toBe("invalid_parameters");
    }
  });

  it("promotes and demotes, each written to the audit log with the acting admin", async () => {
    const promoted = await patch(ada.id, { role: "ADMIN" }, { cookie });
    expect(promoted.status).toBe(200);
    expect(promoted.body).toMatchObject({ id: ada.id, role: "ADMIN" });
    expect(await roleOf(ada.id)).toBe("ADMIN");
    const demoted = await patch(ada.id, { role: "PLAYER" }, { cookie });
    expect(demoted.body).toMatchObject({ id: ada.id, role: "PLAYER" });
    expect(await roleOf(ada.id)).toBe("PLAYER");
    const entries = await listAuditLog({ target: `user:${ada.id}` });
    expect(entries.map((e) => ({ action: e.action, actor: e.actor, details: e.details }))).toEqual([
      {
        action: "user.role.update",
        actor: { id: admin.id, email: admin.email },
        details: { from: "ADMIN", to: "PLAYER", via: "admin-console" },
      },
      {
        action: "user.role.update",
        actor: { id: admin.id, email: admin.email },
        details: { from: "PLAYER", to: "ADMIN", via: "admin-console" },
      },
    ]);
    // Asking for the role a user already has changes and records nothing.
    expect((await patch(ada.id, { role: "PLAYER" }, { cookie })).status).toBe(200);
    expect(await listAuditLog({ target: `user:${ada.id}` })).toHaveLength(2);
  });

  it("a demotion takes effect on the demoted admin's very next request", async () => {
    await patch(ada.id, { role: "ADMIN" }, { cookie });
    const adaCookie = await sessionCookie(ada);
    expect((await list("", adaCookie)).status).toBe(200);
    await patch(ada.id, { role: "PLAYER" }, { cookie });
    // A role change ends the user's sessions (the session version): the old cookie is no session at all now.
    expect((await list("", adaCookie)).status).toBe(401);
    expect((await list("", await sessionCookie(ada))).status).toBe(403);
  });

  it("refuses an admin's own demotion (409) and the last admin's (409), changing nothing", async () => {
    const self = await patch(admin.id, { role: "PLAYER" }, { cookie });
    expect(self.status).toBe(409);
    expect(self.body.error).toMatchObject({ code: "conflict", details: { reason: "self_demotion" } });
    expect(self.body.error.message).toMatch(/own admin role/);
    expect(await roleOf(admin.id)).toBe("ADMIN");

    // A script (bearer token, no user) is no admin itself, so only the last-admin rule can stop it. Make sure
    // this database has exactly one admin first: other cases may have left more.
    const db = await getDb();
    await db.user.updateMany({ where: { role: "ADMIN", id: { not: admin.id } }, data: { role: "PLAYER" } });
    const last = await patch(admin.id, { role: "PLAYER" }, { headers: { authorization: `Bearer ${TOKEN}` } });
    expect(last.status).toBe(409);
    expect(last.body.error).toMatchObject({ code: "conflict", details: { reason: "last_admin" } });
    expect(await roleOf(admin.id)).toBe("ADMIN");

    // With a second admin, the token may demote the first.
    await patch(bob.id, { role: "ADMIN" }, { cookie });
    const ok = await patch(admin.id, { role: "PLAYER" }, { headers: { authorization: `Bearer ${TOKEN}` } });
    expect(ok.status).toBe(200);
    const [entry] = await listAuditLog({ target: `user:${admin.id}` });
    // Shown as "API token", not "system": the entry says a script did it.
    expect(entry).toMatchObject({ actor: null, details: { from: "ADMIN", to: "PLAYER", via: "admin-api-token" } });
    await setUserRole(db, admin, "ADMIN", "cli");
    // Role changes end sessions: the admin signs in again.
    cookie = await sessionCookie(admin);
  });

  it("two admins demoting each other at the same moment: exactly one succeeds, one admin remains", async () => {
    const db = await getDb();
    const other = await createUser(`other-${tag}`);
    await setUserRole(db, other, "ADMIN", "cli");
    await db.user.updateMany({ where: { role: "ADMIN", id: { notIn: [admin.id, other.id] } }, data: { role: "PLAYER" } });
    const otherCookie = await sessionCookie(other);
    const results = await Promise.all([
      patch(other.id, { role: "PLAYER" }, { cookie }),
      patch(admin.id, { role: "PLAYER" }, { cookie: otherCookie }),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
    expect(await db.user.count({ where: { role: "ADMIN" } })).toBe(1);
    await setUserRole(db, admin, "ADMIN", "cli");
    cookie = await sessionCookie(admin);
  });

  it("refuses players (403), unknown users (404) and bad bodies (400)", async () => {
    const player = await createUser(`player-${tag}`);
    const playerCookie = await sessionCookie(player);
    expect((await list("", playerCookie)).status).toBe(403);
    expect((await patch(player.id, { role: "ADMIN" }, { cookie: playerCookie })).status).toBe(403);
    expect(await roleOf(player.id)).toBe("PLAYER");
    expect((await patch("no-such-user", { role: "ADMIN" }, { cookie })).status).toBe(404);
    for (const body of [{}, { role: "OWNER" }, { role: "ADMIN", extra: 1 }, "not json"]) {
      expect((await patch(player.id, body, { cookie })).status, JSON.stringify(body)).toBe(400);
    }
    expect((await patch("bad id!", { role: "ADMIN" }, { cookie })).status).toBe(400);
  });
});

describe("setUserRole on PGlite", () => {
  it("keeps the last admin in its own transaction too", async () => {
    const { backend, dispose } = await openTestBackend("pglite");
    try {
      await migrateBackend(backend, await readMigrations());
      const db = backend.prisma;
      const user = await db.user.create({ data: { email: "only-admin@example.test" } });
      expect(await setUserRole(db, user, "ADMIN", "cli")).toBe("PLAYER");
      await expect(setUserRole(db, user, "PLAYER", "admin-console")).rejects.toBeInstanceOf(LastAdminError);
      expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).role).toBe("ADMIN");
      expect(await db.auditLog.count()).toBe(1);
    } finally {
      await dispose();
    }
  });
});
