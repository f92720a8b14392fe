// The audit log API: newest first with the actor's email, filtered by action prefix, target, actor and days,
// paged by cursor without skipping or repeating entries (even ones written in the same millisecond), bad
// input a 400.
import { randomBytes } from "node:crypto";

import { beforeAll, describe, expect, it } from "vitest";

import { GET as auditRoute } from "@/app/api/admin/audit/route";
import { getDb } from "@/lib/accounts-db/get-db";
import { recordAudit } from "@/lib/audit/record-audit";
import type { AdminActor } from "@/lib/auth/admin-actor";
import { setUserRole } from "@/lib/auth/set-user-role";

import { setUpAccountsDatabase } from "../auth/support/accounts-test-env";
import { apiRequest, read, type Json } from "../auth/support/api-request";
import { sessionCookie } from "../auth/support/session";
import { createUser } from "../auth/support/users";

setUpAccountsDatabase();

const get = (query: string, cookie: string) => read(auditRoute(apiRequest(`/api/admin/audit${query}`, { cookie }), undefined));

describe("GET /api/admin/audit", () => {
  const tag = randomBytes(3).toString("hex");
  let cookie: string;
  let actor: AdminActor;
  beforeAll(async () => {
    const admin = await createUser("audit-admin");
    await setUserRole(await getDb(), admin, "ADMIN", "cli");
    cookie = await sessionCookie(admin);
    actor = { via: "session", id: admin.id, email: admin.email };
    for (let i = 0; i < 5; i++) await recordAudit(actor, `test${tag}.job.retry`, `job:${tag}:${i}`, { attempt: i });
    await recordAudit({ via: "token", id: null, email: null }, `test${tag}.cache.invalidate`, `cache-key:ql:game:${tag}`, { removed: 1 });
    // Same createdAt for several rows: the cursor must order them by id too.
    const at = new Date();
    await (
      await getDb()
    ).auditLog.createMany({
      data: Array.from({ length: 4 }, (_, i) => ({ actorId: null, action: `test${tag}.tie`, target: `tie:${i}`, createdAt: at })),
    });
  });

  it("lists newest first with who, what, which target and details", async () => {
    const { status, body } = await get(`?action=test${tag}.&limit=200`, cookie);
    expect(status).toBe(200);
    const entries = body.entries as Json[];
    expect(entries).toHaveLength(10);
    const times = entries.map((e) => Date.parse(e.createdAt));
    expect([...times].sort((a, b) => b - a)).toEqual(times);
    const invalidation = entries.find((e) => e.action === `test${tag}.cache.invalidate`)!;
    expect(invalidation).toMatchObject({
      actor: null,
      target: `cache-key:ql:game:${tag}`,
      details: { removed: 1, via: "admin-api-token" },
    });
    const retry = entries.find((e) => e.target === `job:${tag}:4`)!;
    expect(retry).toMatchObject({ action: `test${tag}.job.retry`, actor: { id: actor.id, email: actor.email }, details: { attempt: 4 } });
    expect(body.nextCursor).toBeNull();
  });

  it("filters by action prefix and by target", async () => {
    expect(((await get(`?action=test${tag}.job.`, cookie)).body.entries as Json[]).map((e) => e.target)).toEqual(
      [4, 3, 2, 1, 0].map((i) => `job:${tag}:${i}`),
    );
    const one = await get(`?target=${encodeURIComponent(`job:${tag}:2`)}`, cookie);
    expect(one.body.entries).toHaveLength(1);
    expect(one.body.entries[0].details).toEqual({ attempt: 2 });
  });

  it("filters by part of the actor's email, any case, and finds nothing for an unknown one", async () => {
    const other = await createUser("audit-other");
    await recordAudit({ via: "session", id: other.id, email: other.email }, `extra${tag}.other`, `user:${other.id}`, {});
    const mine = await get(`?action=test${tag}.&actor=${encodeURIComponent(actor.email!.toUpperCase())}`, cookie);
    expect((mine.body.entries as Json[]).map((e) => e.actor?.id)).toEqual(Array(5).fill(actor.id));
    const theirs = await get(`?action=extra${tag}.&actor=${encodeURIComponent(other.email!.split("@")[0]!)}`, cookie);
    expect((theirs.body.entries as Json[]).map((e) => e.action)).toEqual([`extra${tag}.other`]);
    const nobody = await get(`?action=test${tag}.&actor=nobody-${tag}@example.com`, cookie);
    expect(nobody).toMatchObject({ status: 200, body: { entries: [], nextCursor: null } });
  });

  it("filters by days (a day as the end means all of it) and by instants", async () => {
    const db = await getDb();
    const days = ["2020-03-01T23:59:59.000Z", "2020-03-02T00:00:00.000Z", "2020-03-02T23:59:59.999Z", "2020-03-03T00:00:00.000Z"];
    await db.auditLog.createMany({
      data: days.map((at, i) => ({ action: `extra${tag}.dated`, target: `dated:${i}`, createdAt: new Date(at) })),
    });
    const targets = async (query: string) =>
      ((await get(`?action=extra${tag}.dated${query}`, cookie)).body.entries as Json[]).map((e) => e.target);
    expect(await targets("&from=2020-03-02&to=2020-03-02")).toEqual(["dated:2", "dated:1"]);
    expect(await targets("&from=2020-03-02")).toEqual(["dated:3", "dated:2", "dated:1"]);
    expect(await targets("&to=2020-03-01")).toEqual(["dated:0"]);
    expect(await targets(`&from=${encodeURIComponent("2020-03-02T12:00:00Z")}&to=${encodeURIComponent("2020-03-03T00:00:00Z")}`)).toEqual([
      "dated:2",
    ]);
  });

  it("pages by cursor through every entry exactly once", async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const query: string = `?action=test${tag}.&limit=3${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ""}`;
      const { status, body } = await get(query, cookie);
      expect(status).toBe(200);
      seen.push(...(body.entries as Json[]).map((e) => e.id as string));
      cursor = body.nextCursor as string | null;
      pages++;
    } while (cursor && pages < 10);
    expect(pages).toBe(4);
    expect(seen).toHaveLength(10);
    expect(new Set(seen).size).toBe(10);
  });

  it("rejects bad parameters (400) and players (403)", async () => {
    const bad = [
      "?limit=0",
      "?limit=201",
      "?cursor=yesterday",
      "?cursor=2026-13-45T00:00:00Z~abc",
      `?action=${"x".repeat(101)}`,
      "?from=yesterday",
      "?to=2026-02-30",
      "?from=2026-12-06&to=2026-12-01",
      `?actor=${"a".repeat(321)}`,
    ];
    for (const query of bad) {
      const res = await get(query, cookie);
      expect(res.status, query).toBe(400);
      expect(res.body.error.code).toBe("invalid_parameters");
    }
    const player = await createUser("audit-player");
    expect((await get("", await sessionCookie(player))).status).toBe(403);
  });
});
