// The cache admin API through its route handlers, on the in-memory driver and on the real TCP Redis: keys
// counted by kind, one key looked up (JSON envelope parsed), removal by key, tag and pattern (keys really
// gone), queue internals untouchable, an audit row per removal with the acting admin.
import { randomUUID } from "node:crypto";

import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { POST as invalidateRoute } from "@/app/api/admin/cache/invalidate/route";
import { GET as keyRoute } from "@/app/api/admin/cache/key/route";
import { GET as overview } from "@/app/api/admin/cache/route";
import { getDb } from "@/lib/accounts-db/get-db";
import { CONFIRM_ALL_THRESHOLD } from "@/lib/admin/cache/invalidate-cache";
import { strictCacheCall } from "@/lib/admin/cache/strict-cache-call";
import { listAuditLog } from "@/lib/audit/list-audit-log";
import { setUserRole } from "@/lib/auth/set-user-role";
import { cached, writeEntry } from "@/lib/cache/cached";
import { closeCache, getCache } from "@/lib/cache/get-cache";

import { setUpAccountsDatabase } from "../auth/support/accounts-test-env";
import { apiRequest, read, type Json } from "../auth/support/api-request";
import { sessionCookie } from "../auth/support/session";
import { createUser } from "../auth/support/users";
import { clearQuestlogKeys } from "../support/clear-questlog-keys";
import { TEST_REDIS_URL } from "../support/test-redis";
import { startUpstashBridge, type UpstashBridge } from "../support/upstash-rest-bridge";
import { setTestEnv } from "../support/with-env";

setUpAccountsDatabase();

let admin: { id: string; email: string };
let cookie: string;
beforeAll(async () => {
  admin = await createUser("cache-admin");
  await setUserRole(await getDb(), admin, "ADMIN", "cli");
  cookie = await sessionCookie(admin);
});

const get = (path: string) => keyRoute(apiRequest(path, { cookie }), undefined);
const invalidate = (body: unknown) =>
  invalidateRoute(apiRequest("/api/admin/cache/invalidate", { method: "POST", cookie, body }), undefined);
const kindCount = (body: Json, kind: string) => (body.keyCounts as Json[]).find((k) => k.kind === kind)!.count as number;

// The Upstash driver through the REST bridge to the same real Redis: SCAN, TYPE, INFO and DEL over HTTP.
let bridge: UpstashBridge | null = null;
const upstashVars = async () => {
  bridge = await startUpstashBridge({ redisUrl: TEST_REDIS_URL });
  return { UPSTASH_REDIS_REST_URL: bridge.url, UPSTASH_REDIS_REST_TOKEN: bridge.token };
};
afterAll(async () => {
  await bridge?.close();
});

describe.each([
  ["memory", async () => ({})],
  ["redis", async () => ({ REDIS_URL: TEST_REDIS_URL })],
  ["upstash", upstashVars],
] as const)("cache admin API (%s driver)", (driver, varsFor) => {
  const id = randomUUID().slice(0, 8);
  const k = (kind: string, n: number | string) => `ql:${kind}:test-${id}:${n}`;
  let restore: () => void;
  beforeAll(async () => {
    restore = setTestEnv(await varsFor());
    await closeCache();
    const cache = getCache();
    expect(cache.kind).toBe(driver);
    for (let n = 0; n < 3; n++) await writeEntry(cache, k("game", n), { id: n, name: `Game ${n}` }, "game", [`test-${id}-tag`]);
    for (let n = 0; n < 2; n++) await writeEntry(cache, k("search", n), { results: [], meta: { total: 0 } }, "negative");
    await cache.set(k("lock", 0), "token", { ttlMs: 60_000 });
  });
  afterAll(async () => {
    if (driver !== "memory") await clearQuestlogKeys(TEST_REDIS_URL, `ql:*test-${id}*`);
    await closeCache();
    restore();
  });

  it("counts Questlog's keys by kind and reports the driver, memory and key total", async () => {
    const { status, body } = await read(overview(apiRequest("/api/admin/cache", { cookie }), undefined));
    expect(status).toBe(200);
    expect(body).toMatchObject({ driver, instanceOnly: driver === "memory", reachable: true });
    // Other suites share the test Redis: at least ours there, exactly ours in this process's memory.
    const expected = { game: 3, search: 2, tag: 1, lock: 1 };
    for (const [kind, n] of Object.entries(expected)) {
      if (driver === "memory") expect(kindCount(body, kind)).toBe(n);
      else expect(kindCount(body, kind)).toBeGreaterThanOrEqual(n);
    }
    expect(body.info.keys).toBeGreaterThanOrEqual(7);
    expect(body.info.usedMemoryBytes).toBeGreaterThan(0);
    expect((body.keyCounts as Json[]).find((c) => c.kind === "jobs")).toMatchObject({ protected: true, pattern: "ql:bull:*" });
  });

  it("reuses its key counts between polls, counts again on ?recount=1 and after an invalidation", async () => {
    const overviewAt = async (query = "") => (await read(overview(apiRequest(`/api/admin/cache${query}`, { cookie }), undefined))).body;
    const first = await overviewAt();
    await getCache().set(k("lock", "recount"), "token", { ttlMs: 60_000 });
    // The page polls every 5 s; the SCAN behind the counts runs at most every 30 s.
    const polled = await overviewAt();
    expect(polled.keysCountedAt).toBe(first.keysCountedAt);
    expect(kindCount(polled, "lock")).toBe(kindCount(first, "lock"));
    const tick = () => new Promise((resolve) => setTimeout(resolve, 5)); // so a new count has a later stamp
    await tick();
    const recounted = await overviewAt("?recount=1");
    expect(Date.parse(recounted.keysCountedAt)).toBeGreaterThan(Date.parse(first.keysCountedAt));
    // Exact only in this process's memory: other suites add and drop lock keys in the shared Redis.
    if (driver === "memory") expect(kindCount(recounted, "lock")).toBe(kindCount(first, "lock") + 1);

    await tick();
    expect((await read(invalidate({ key: k("lock", "recount") }))).status).toBe(200);
    const after = await overviewAt();
    expect(Date.parse(after.keysCountedAt)).toBeGreaterThan(Date.parse(recounted.keysCountedAt));
    if (driver === "memory") expect(kindCount(after, "lock")).toBe(kindCount(first, "lock"));
    expect((await read(overview(apiRequest("/api/admin/cache?recount=yes", { cookie }), undefined))).status).toBe(400);
  });

  it("answers from what Redis said to the console's own calls, whatever other requests met meanwhile", async () => {
    // Another request's cache timeout, counted while a console call runs, must not turn it into a 503.
    const ttl = await strictCacheCall(getCache(), async (strict) => {
      getCache().stats.timeouts++;
      return strict.ttl(k("search", 0));
    });
    expect(ttl).toBeGreaterThan(0);
  });

  it("shows this process's hit rate per kind, moving with lookups", async () => {
    const before = (await read(overview(apiRequest("/api/admin/cache", { cookie }), undefined))).body;
    const game = (b: Json) => (b.hitRates as Json[]).find((h) => h.kind === "game")!;
    const key = k("game", "hit");
    await cached(getCache(), key, "game", async () => ({ id: 99 })); // a miss
    await cached(getCache(), key, "game", async () => ({ id: 99 })); // a hit
    const after = (await read(overview(apiRequest("/api/admin/cache", { cookie }), undefined))).body;
    expect(game(after).misses - game(before).misses).toBe(1);
    expect(game(after).hits - game(before).hits).toBe(1);
    expect(game(after).hitRate).toBeGreaterThan(0);
  });

  it("looks a key up: the entry's envelope parsed, TTL, kind and size; a missing key; refuses keys outside ql:", async () => {
    const { status, body } = await read(get(`/api/admin/cache/key?key=${encodeURIComponent(k("game", 1))}`));
    expect(status).toBe(200);
    expect(body).toMatchObject({
      key: k("game", 1),
      exists: true,
      type: "string",
      kind: "game",
      value: { id: 1, name: "Game 1" },
      truncated: false,
    });
    expect(body.envelope).toMatchObject({ kind: "game", fresh: true });
    expect(body.ttlMs).toBeGreaterThan(0);
    expect(body.sizeBytes).toBeGreaterThan(20);
    const negative = await read(get(`/api/admin/cache/key?key=${encodeURIComponent(k("search", 0))}`));
    expect(negative.body.envelope.kind).toBe("negative");
    const tag = await read(get(`/api/admin/cache/key?key=${encodeURIComponent(`ql:tag:test-${id}-tag`)}`));
    expect(tag.body).toMatchObject({ exists: true, type: "set", kind: "tag", members: 3 });
    expect([...(tag.body.value as string[])].sort()).toEqual([k("game", 0), k("game", 1), k("game", 2)]);

    const missing = await read(get(`/api/admin/cache/key?key=${encodeURIComponent(k("game", "nope"))}`));
    expect(missing.body).toMatchObject({ exists: false, value: null, ttlMs: null });
    for (const bad of ["other:thing", "", "ql:"]) {
      const res = await read(get(`/api/admin/cache/key?key=${encodeURIComponent(bad)}`));
      expect(res.status).toBe(400);
      expect(res.body.error.code).toBe("invalid_parameters");
    }
    expect((await read(get("/api/admin/cache/key"))).status).toBe(400);
  });

  // Memory only: on the shared test Redis the real key may belong to another suite's IGDB client.
  it.skipIf(driver !== "memory")("never shows the shared IGDB access token's value", async () => {
    await getCache().set("ql:igdb:token", JSON.stringify({ accessToken: "secret-token-value", expiresAt: Date.now() + 60_000 }), {
      ttlMs: 60_000,
    });
    const { status, body } = await read(get("/api/admin/cache/key?key=ql:igdb:token"));
    expect(status).toBe(200);
    expect(body).toMatchObject({ exists: true, kind: "igdb-token", redacted: true, value: null });
    expect(JSON.stringify(body)).not.toContain("secret-token-value");
    await getCache().delete(["ql:igdb:token"]);
  });

  it("truncates a large value at 20 KB and says so", async () => {
    await getCache().set(k("game", "big"), JSON.stringify({ value: "x".repeat(50_000), kind: "game", freshUntil: Date.now() + 60_000 }));
    const { body } = await read(get(`/api/admin/cache/key?key=${encodeURIComponent(k("game", "big"))}`));
    expect(body.truncated).toBe(true);
    expect((body.value as string).length).toBe(20_000);
    expect(body.sizeBytes).toBeGreaterThan(50_000);
    expect(body.envelope.kind).toBe("game");
  });

  it("removes one key, and writes an audit row with the admin as actor", async () => {
    const { status, body } = await read(invalidate({ key: k("lock", 0) }));
    expect(status).toBe(200);
    expect(body).toMatchObject({ removed: 1, by: "key", instanceOnly: driver === "memory" });
    expect(await getCache().get(k("lock", 0))).toBeNull();
    const [entry] = await listAuditLog({ target: `cache-key:${k("lock", 0)}` });
    expect(entry).toMatchObject({
      action: "cache.invalidate",
      actor: { id: admin.id, email: admin.email },
      details: { by: "key", removed: 1, driver },
    });
  });

  it("removes every key stored with a tag, and the tag", async () => {
    const { body } = await read(invalidate({ tag: `test-${id}-tag` }));
    expect(body).toMatchObject({ removed: 4, by: "tag" });
    for (let n = 0; n < 3; n++) expect(await getCache().get(k("game", n))).toBeNull();
    expect(await getCache().setMembers(`ql:tag:test-${id}-tag`)).toEqual([]);
    expect(await listAuditLog({ target: `cache-tag:test-${id}-tag` })).toHaveLength(1);
  });

  it("removes by pattern, leaving queue internals and other keys alone", async () => {
    const bull = `ql:bull:test-${id}:meta`;
    await getCache().set(bull, "queue state");
    await getCache().set(k("game", "keep"), "x");
    const { body } = await read(invalidate({ pattern: `ql:*test-${id}:*` }));
    // Under ql:*test-…: the two search entries, the big game, the hit probe and "keep"; the BullMQ key is skipped.
    expect(body).toMatchObject({ by: "pattern", removed: 5, skipped: 1, capped: false });
    expect(await getCache().get(k("search", 0))).toBeNull();
    expect(await getCache().get(k("game", "keep"))).toBeNull();
    expect(await getCache().get(bull)).toBe("queue state");
    await getCache().delete([bull]);
  });

  it("asks for confirmAll when a pattern matches more than the threshold, however it is spelled", async () => {
    // ql:[a-z]* removes as much as ql:*, which the pattern's text alone did not reveal.
    const many = Array.from({ length: CONFIRM_ALL_THRESHOLD + 1 }, (_, n) => `ql:many:test-${id}:${n}`);
    for (let i = 0; i < many.length; i += 200) await Promise.all(many.slice(i, i + 200).map((key) => getCache().set(key, "x")));
    const pattern = `ql:[a-z]*:test-${id}:*`;
    const refused = await read(invalidate({ pattern }));
    expect(refused.status).toBe(400);
    expect(refused.body.error.details).toMatchObject({ reason: "confirm_all_required", pattern, matched: many.length });
    expect(await getCache().get(many[0]!)).toBe("x");
    expect(await listAuditLog({ target: `cache-pattern:${pattern}` })).toEqual([]);
    const { body } = await read(invalidate({ pattern, confirmAll: true }));
    expect(body).toMatchObject({ by: "pattern", removed: many.length });
    expect(await getCache().get(many.at(-1)!)).toBeNull();
  });

  it("refuses ambiguous, unsafe or protected targets (400) and writes no audit row for them", async () => {
    const bad: unknown[] = [
      {},
      { key: k("game", 1), tag: "x" },
      { pattern: "game:*" },
      { pattern: "ql:*" },
      { pattern: "ql:**", confirmAll: false },
      { key: "ql:bull:emails:1" },
      { key: "ql:catalog-writes" },
      { key: "elsewhere:1" },
      { key: k("game", 1), extra: true },
    ];
    for (const body of bad) {
      const res = await read(invalidate(body));
      expect(res.status, JSON.stringify(body)).toBe(400);
    }
    const notJson = await read(
      invalidateRoute(apiRequest("/api/admin/cache/invalidate", { method: "POST", cookie, body: "{nope" }), undefined),
    );
    expect(notJson.status).toBe(400);
    expect(await listAuditLog({ target: "cache-key:ql:bull:emails:1" })).toEqual([]);
  });
});

describe("cache admin API with Redis unreachable", () => {
  let restore: () => void;
  beforeAll(async () => {
    restore = setTestEnv({ REDIS_URL: "redis://127.0.0.1:9", CACHE_TIMEOUT_MS: "100" }); // nothing listens on the discard port
    await closeCache();
  });
  afterAll(async () => {
    await closeCache();
    restore();
  });

  it("says so instead of showing zeros: overview reachable=false, lookup and removal 503, no audit row", async () => {
    const { status, body } = await read(overview(apiRequest("/api/admin/cache", { cookie }), undefined));
    expect(status).toBe(200);
    expect(body).toMatchObject({ driver: "redis", reachable: false });
    expect(body.error).toEqual(expect.any(String));
    expect((await read(get("/api/admin/cache/key?key=ql:game:1"))).status).toBe(503);
    const removal = await read(invalidate({ key: "ql:game:unreachable-probe" }));
    expect(removal.status).toBe(503);
    expect(removal.body.error.code).toBe("unavailable");
    expect(await listAuditLog({ target: "cache-key:ql:game:unreachable-probe" })).toEqual([]);
  });
});
