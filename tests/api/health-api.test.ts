// GET /api/health through the route handler, against a real PostgreSQL (its own database) and the real
// Redis, then with Redis on a closed port (degraded, still 200) and PostgreSQL on one (down, 503).
import { afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";

import { GET as health } from "@/app/api/health/route";
import { closeDb, getDb } from "@/lib/accounts-db/get-db";
import { closeCache } from "@/lib/cache/get-cache";
import { closeCatalogWriteQueue, getCatalogWriteQueue } from "@/lib/catalog-writes/get-catalog-write-queue";
import { forgetHealthReport, getHealthReport, HEALTH_REPORT_MAX_AGE_MS } from "@/lib/health/get-health-report";
import { runCheck } from "@/lib/health/run-check";

import { setUpAccountsDatabase } from "../auth/support/accounts-test-env";
import { apiRequest, read } from "../auth/support/api-request";
import { sessionCookie } from "../auth/support/session";
import { createUser } from "../auth/support/users";
import { TEST_REDIS_URL } from "../support/test-redis";
import { withEnv } from "../support/with-env";

const ADMIN_TOKEN = "health-admin-token-0123456789abc";
setUpAccountsDatabase({ REDIS_URL: TEST_REDIS_URL, ADMIN_API_TOKEN: ADMIN_TOKEN });

/** With the admin token: the detailed report (the public one is tested below). */
const check = (headers: Record<string, string> = { authorization: `Bearer ${ADMIN_TOKEN}` }) =>
  read(health(apiRequest("/api/health", { headers }), undefined));

// The first getDb() of a fresh database runs its migrations, which on a loaded machine can outlast the
// check's 1 s deadline: open it before the first case times anything.
beforeAll(async () => {
  await getDb();
});
// Every case changes what the checks meet: none may be answered from the previous case's report.
beforeEach(() => forgetHealthReport());
afterEach(async () => {
  await closeCache();
  await closeCatalogWriteQueue(500);
});

describe("GET /api/health", () => {
  it("is ok with every configured dependency answering, each check timed, the catalog's size kept", async () => {
    const { status, body, headers } = await check();
    expect(status).toBe(200);
    expect(headers.get("cache-control")).toBe("no-store");
    expect(body.status).toBe("ok");
    expect(body.checks.sqlite).toMatchObject({ status: "ok", required: true });
    expect(body.checks.postgres).toMatchObject({ status: "ok", required: true, backend: "postgresql" });
    expect(body.checks.redis).toMatchObject({ status: "ok", required: false, driver: "redis" });
    // Nothing in this process made an IGDB connection or queues: not checked, and not a problem.
    expect(body.checks.igdb).toMatchObject({ status: "skipped", required: false, circuit: null });
    expect(body.checks.queueLag).toMatchObject({ status: "skipped", required: false });
    for (const c of Object.values(body.checks) as Array<{ ms: number; detail: string }>) {
      expect(c.ms).toBeGreaterThanOrEqual(0);
      expect(c.detail.length).toBeGreaterThan(0);
    }
    expect(body.catalog.games).toBeGreaterThan(0);
    expect(body.checks.sqlite.detail).toBe(`${body.catalog.games} games`);
  });

  it("checks the queues' lag once the write queue exists", async () => {
    await withEnv({ REDIS_URL: "" }, async () => {
      await getCatalogWriteQueue().start();
      const { body } = await check();
      expect(body.checks.redis.status).toBe("skipped");
      expect(body.checks.queueLag).toMatchObject({ status: "ok", writeOldestWaitingMs: null, writeThresholdMs: 60_000 });
      expect(body.status).toBe("ok");
    });
  });

  it("is degraded, still 200, when Redis does not answer", async () => {
    await withEnv({ REDIS_URL: "redis://127.0.0.1:1" }, async () => {
      const { status, body } = await check();
      expect(status).toBe(200);
      expect(body.status).toBe("degraded");
      expect(body.checks.redis).toMatchObject({ status: "fail", required: false });
      expect(body.checks.postgres.status).toBe("ok");
    });
  });

  it("is down, 503, when the accounts database does not answer", async () => {
    await closeDb();
    try {
      await withEnv({ DATABASE_URL: "postgresql://questlog:questlog@127.0.0.1:1/questlog" }, async () => {
        const { status, body } = await check();
        expect(status).toBe(503);
        expect(body.status).toBe("down");
        expect(body.checks.postgres).toMatchObject({ status: "fail", required: true });
        expect(body.checks.sqlite.status).toBe("ok");
        await closeDb();
      });
    } finally {
      await closeDb();
    }
  });
});

describe("GET /api/health for anyone", () => {
  it("says only the verdict and each check's status: no error text, backends, figures or catalog size", async () => {
    await withEnv({ REDIS_URL: "redis://127.0.0.1:1" }, async () => {
      const { status, body } = await check({});
      expect(status).toBe(200);
      expect(body).toEqual({
        status: "degraded",
        checks: {
          sqlite: { status: "ok", required: true },
          postgres: { status: "ok", required: true },
          redis: { status: "fail", required: false },
          igdb: { status: "skipped", required: false },
          queueLag: { status: "skipped", required: false },
        },
      });
      // The detailed report of the same round has the driver's error text the public one leaves out.
      const detailed = await check();
      expect(detailed.body.checks.redis.detail.length).toBeGreaterThan(0);
      expect(JSON.stringify(body)).not.toContain(detailed.body.checks.redis.detail);
    });
  });

  it("gives details to a signed-in admin, not to a player; a wrong token is refused", async () => {
    const [admin, player] = [await createUser("health-admin"), await createUser("health-player")];
    await (await getDb()).user.update({ where: { id: admin.id }, data: { role: "ADMIN" } });
    expect((await check({ cookie: await sessionCookie(admin) })).body.catalog.games).toBeGreaterThan(0);
    expect((await check({ cookie: await sessionCookie(player) })).body.catalog).toBeUndefined();
    expect((await check({ authorization: "Bearer not-the-admin-token-at-all-000" })).status).toBe(403);
  });

  it("runs the checks once a second at most, whoever asks", async () => {
    const first = getHealthReport(1_000_000);
    expect(getHealthReport(1_000_000 + HEALTH_REPORT_MAX_AGE_MS - 1)).toBe(first);
    const next = getHealthReport(1_000_000 + HEALTH_REPORT_MAX_AGE_MS);
    expect(next).not.toBe(first);
    await Promise.all([first, next]);
  });
});

describe("runCheck", () => {
  it("fails a check that does not answer within its deadline instead of waiting for it", async () => {
    const hung = await runCheck(true, () => new Promise<never>(() => {}), 50);
    expect(hung).toMatchObject({ status: "fail", required: true, detail: "no answer within 50 ms" });
  });

  it("fails a check that throws, with the reason as detail", async () => {
    const thrown = await runCheck(false, () => {
      throw new Error("disk on fire");
    });
    expect(thrown).toMatchObject({ status: "fail", required: false, detail: "disk on fire" });
  });
});
