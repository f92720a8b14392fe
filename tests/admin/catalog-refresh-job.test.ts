// "Refresh from IGDB" end to end: the admin route enqueues catalog.refresh-game, the in-process worker runs
// it against a real stand-in over HTTP through the real IGDB client, and the write lands in the replica.
// IGDB failing (injected 500s, after the client's own retries) fails the job at once with the reason, and a
// retry after IGDB recovers completes; a game IGDB no longer has fails permanently and stays local.
import { randomBytes } from "node:crypto";

import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { POST as refreshRoute } from "@/app/api/admin/catalog/games/[id]/refresh/route";
import { listAuditLog } from "@/lib/audit/list-audit-log";
import { refreshGameJob } from "@/lib/catalog-sync/jobs/refresh-game-job";
import { getCatalogDb } from "@/lib/catalog/db";
import { listGames } from "@/lib/catalog/list-games";
import { closeJobSystem, getJobSystem } from "@/lib/jobs/get-job-system";
import type { JobStatus } from "@/lib/jobs/types";

import { setUpAccountsDatabase } from "../auth/support/accounts-test-env";
import { apiRequest, read } from "../auth/support/api-request";
import { until } from "../catalog-writes/write-fixtures";
import { setUpCurationTestEnv } from "../catalog/curation-test-env";
import { control } from "../igdb/standin-fixture";

const TOKEN = `catalog-refresh-token-${randomBytes(8).toString("hex")}`;
setUpAccountsDatabase({ ADMIN_API_TOKEN: TOKEN });
const env = setUpCurationTestEnv();

beforeAll(() => getJobSystem().startWorkers([refreshGameJob], { catalog: { concurrency: 1 } }));
afterAll(() => closeJobSystem(2_000));

const refresh = (id: number) =>
  read(
    refreshRoute(
      apiRequest(`/api/admin/catalog/games/${id}/refresh`, { method: "POST", body: {}, headers: { authorization: `Bearer ${TOKEN}` } }),
      { params: Promise.resolve({ id: String(id) }) },
    ),
  );

async function settled(jobId: string): Promise<JobStatus> {
  let job: JobStatus | null = null;
  await until(
    async () => {
      job = await getJobSystem().getJob(jobId);
      return job?.state === "completed" || job?.state === "failed";
    },
    20_000,
    `job ${jobId} to finish`,
  );
  return job!;
}

const nameOf = (id: number) => getCatalogDb().prepare("SELECT name FROM games WHERE id = ?").pluck().get(id) as string | undefined;

describe("POST /api/admin/catalog/games/{id}/refresh", () => {
  let ids: number[];
  beforeAll(() => {
    ids = listGames({ limit: 3, offset: 100 }).games.map((g) => g.id);
  });

  it("runs a catalog.refresh-game job that rewrites the game from IGDB, audit-logged", async () => {
    const id = ids[0]!;
    await control(env.standin, "records/games", [{ id, name: "Refreshed Upstream Name" }]);
    const res = await refresh(id);
    expect(res.status).toBe(202);
    expect(res.body.jobId).toMatch(/^catalog:/);
    const job = await settled(res.body.jobId);
    expect(job).toMatchObject({
      name: "catalog.refresh-game",
      state: "completed",
      data: { id },
      returnValue: { id, name: "Refreshed Upstream Name", outcome: "rewritten" },
    });
    expect(nameOf(id)).toBe("Refreshed Upstream Name");
    const [entry] = (await listAuditLog({ actionPrefix: "game.refresh" })).filter((e) => e.target === `game:${id}`);
    expect(entry).toMatchObject({ details: { jobId: res.body.jobId, via: "admin-api-token" } });
  });

  it("fails at once with IGDB's error while IGDB answers 500, and completes when retried after it recovers", async () => {
    const id = ids[1]!;
    await control(env.standin, "records/games", [{ id, name: "After The Outage" }]);
    // What the e2e does: every multiquery (lookups by id go as one) answers 500 until the list is cleared.
    await control(env.standin, "faults", { faults: [{ kind: "500", endpoint: "multiquery", probability: 1 }] });
    const { body } = await refresh(id);
    const failed = await settled(body.jobId);
    expect(failed.state).toBe("failed");
    expect(failed.attemptsMade).toBe(1); // attempts: 1, no job-level retries on top of the client's
    expect(failed.failedReason).toMatch(/500/);
    expect(nameOf(id)).not.toBe("After The Outage");

    await control(env.standin, "faults", { faults: [] });
    expect(await getJobSystem().retryJob(body.jobId)).toBe(true);
    expect(await settled(body.jobId)).toMatchObject({ state: "completed", returnValue: { outcome: "rewritten" } });
    expect(nameOf(id)).toBe("After The Outage");
  });

  it("fails permanently when IGDB has no such game, and keeps the local one", async () => {
    const id = ids[2]!;
    const before = nameOf(id);
    const res = await fetch(`${env.standin.url}/__standin/records/games/${id}`, { method: "DELETE" });
    expect(res.ok).toBe(true);
    const { body } = await refresh(id);
    const job = await settled(body.jobId);
    expect(job).toMatchObject({ state: "failed", failedReason: `IGDB has no game ${id}`, attemptsMade: 1 });
    expect(nameOf(id)).toBe(before);
  });

  it("answers 404 for a game the catalog does not have, 400 for a bad id, 401 without credentials", async () => {
    expect((await refresh(2 ** 31 - 2)).status).toBe(404);
    const bad = await read(
      refreshRoute(
        apiRequest("/api/admin/catalog/games/x/refresh", { method: "POST", body: {}, headers: { authorization: `Bearer ${TOKEN}` } }),
        { params: Promise.resolve({ id: "x" }) },
      ),
    );
    expect(bad.status).toBe(400);
    const anonymous = await read(
      refreshRoute(apiRequest(`/api/admin/catalog/games/${ids[0]}/refresh`, { method: "POST", body: {} }), {
        params: Promise.resolve({ id: String(ids[0]) }),
      }),
    );
    expect(anonymous.status).toBe(401);
  });
});
