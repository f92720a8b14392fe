// The queue console's API through its route handlers, once with the in-process runner and once with BullMQ on
// the real Redis: filtered job lists, a job in full, retry / retry all failed / promote / remove / clean /
// pause / resume, dead-letter and dead-write requeue, the 400/404/409 answers, and the audit log.
import { randomUUID } from "node:crypto";

import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { POST as requeueDead } from "@/app/api/admin/dead-letters/[id]/requeue/route";
import { POST as promote } from "@/app/api/admin/jobs/[id]/promote/route";
import { POST as retry } from "@/app/api/admin/jobs/[id]/retry/route";
import { GET as getJob, DELETE as removeJob } from "@/app/api/admin/jobs/[id]/route";
import { POST as clean } from "@/app/api/admin/queues/[queue]/clean/route";
import { GET as listDead } from "@/app/api/admin/queues/[queue]/dead-letters/route";
import { GET as listJobs } from "@/app/api/admin/queues/[queue]/jobs/route";
import { POST as pause } from "@/app/api/admin/queues/[queue]/pause/route";
import { POST as resume } from "@/app/api/admin/queues/[queue]/resume/route";
import { POST as retryFailed } from "@/app/api/admin/queues/[queue]/retry-failed/route";
import { GET as queueDetail } from "@/app/api/admin/queues/[queue]/route";
import { getDb } from "@/lib/accounts-db/get-db";
import { closeCatalogWriteQueue, getCatalogWriteQueue } from "@/lib/catalog-writes/get-catalog-write-queue";
import { closeJobSystem, getJobSystem } from "@/lib/jobs/get-job-system";

import { setUpAccountsDatabase } from "../auth/support/accounts-test-env";
import type { Json } from "../auth/support/api-request";
import { sessionCookie } from "../auth/support/session";
import { createUser } from "../auth/support/users";
import { waitFor } from "../jobs/job-test-helpers";
import { clearQuestlogKeys } from "../support/clear-questlog-keys";
import { TEST_REDIS_URL } from "../support/test-redis";
import { setTestEnv } from "../support/with-env";
import { describeCatalogDeadWrites } from "./queues-catalog-writes";
import { ADMIN_TOKEN, bearer, call, definitionsOf, fix, marker, post, testJobs, uniqueQueueName } from "./queues-test-support";

setUpAccountsDatabase();

const jobPath = (id: string) => `/api/admin/jobs/${encodeURIComponent(id)}`;
const idParam = (id: string) => ({ id: encodeURIComponent(id) });

describe.each([
  ["in-process", {}],
  [
    "bullmq",
    {
      REDIS_URL: TEST_REDIS_URL,
      JOBS_PREFIX: `ql:test:queues-api:${randomUUID().slice(0, 8)}`,
      CATALOG_STREAM_KEY: `ql:test:qcw:${randomUUID()}`,
    },
  ],
] as const)("queue console API (%s)", (_mode, vars) => {
  const q = {
    list: testJobs(uniqueQueueName("list")),
    retry: testJobs(uniqueQueueName("retry")),
    bulk: testJobs(uniqueQueueName("bulk")),
    later: testJobs(uniqueQueueName("later")),
    clean: testJobs(uniqueQueueName("clean")),
    pause: testJobs(uniqueQueueName("pause")),
    dead: testJobs(uniqueQueueName("dead")),
  };
  const name = (key: keyof typeof q) => q[key].work.queue;
  const jobs = (key: keyof typeof q, query = "") => call(listJobs, `/api/admin/queues/${name(key)}/jobs${query}`, { queue: name(key) });
  const stateOf = async (id: string) => (await getJobSystem().getJob(id))?.state;
  const until = (id: string, state: string) =>
    waitFor(async () => (await stateOf(id)) === state, { timeoutMs: 10_000, what: `${id} ${state}` });
  let restore: () => void;
  let cookie: string;
  let adminId: string;

  beforeAll(async () => {
    restore = setTestEnv({ ADMIN_API_TOKEN: ADMIN_TOKEN, ...vars });
    await getJobSystem().startWorkers(
      definitionsOf(q),
      Object.fromEntries(Object.keys(q).map((k) => [name(k as keyof typeof q), { concurrency: 1 }])),
    );
    await getCatalogWriteQueue().start();
    const user = await createUser("queues-admin");
    await (await getDb()).user.update({ where: { id: user.id }, data: { role: "ADMIN" } });
    cookie = await sessionCookie(user);
    adminId = user.id;
  });
  afterAll(async () => {
    await closeJobSystem(2_000);
    await closeCatalogWriteQueue(2_000);
    restore();
    if ("REDIS_URL" in vars)
      for (const prefix of [vars.JOBS_PREFIX, vars.CATALOG_STREAM_KEY]) await clearQuestlogKeys(TEST_REDIS_URL, `${prefix}*`);
  });

  it("answers 401 signed out, 404 for unknown queues, jobs and dead letters, and 400 for bad filters, ids and bodies", async () => {
    expect((await jobs("list", "")).status).toBe(200);
    expect((await call(listJobs, "/api/admin/queues/list/jobs", { queue: name("list") }, {})).status).toBe(401);
    for (const [handler, options] of [
      [listJobs, undefined],
      [queueDetail, undefined],
      [pause, post()],
      [listDead, undefined],
    ] as const) {
      const res = await call(handler, "/api/admin/queues/nosuchqueue", { queue: "nosuchqueue" }, options);
      expect(res).toMatchObject({ status: 404, body: { error: { code: "not_found" } } });
    }
    expect((await call(listJobs, "/api/admin/queues/x", { queue: "Not A Queue" })).status).toBe(400);
    for (const query of ["?state=bogus", "?state=failed,nope", "?since=yesterday", "?limit=0", "?limit=1000", "?offset=-1"]) {
      expect((await jobs("list", query)).body.error.code, query).toBe("invalid_parameters");
    }
    const unknown = `${name("list")}:987654`;
    expect((await call(getJob, jobPath(unknown), idParam(unknown))).status).toBe(404);
    expect((await call(retry, jobPath(unknown), idParam(unknown), post())).status).toBe(404);
    expect((await call(promote, jobPath(unknown), idParam(unknown), post())).status).toBe(404);
    expect((await call(removeJob, jobPath(unknown), idParam(unknown), { method: "DELETE", headers: bearer })).status).toBe(404);
    expect((await call(getJob, "/api/admin/jobs/nope", { id: "no queue here" })).status).toBe(400);
    expect((await call(getJob, "/api/admin/jobs/bad", { id: "%E0%A4%A" })).status).toBe(400);
    expect((await call(requeueDead, "/api/admin/dead-letters/99999/requeue", { id: "99999" }, post())).status).toBe(404);
    expect((await call(requeueDead, "/api/admin/dead-letters/x/requeue", { id: "x" }, post())).status).toBe(400);
    for (const body of [
      { state: "completed" },
      { state: "active", olderThanMs: 0 },
      { state: "failed", olderThan: "soon" },
      { state: "failed", olderThan: "1h", olderThanMs: 5 },
    ]) {
      expect((await call(clean, "/api/admin/queues/clean", { queue: name("clean") }, post(body))).status, JSON.stringify(body)).toBe(400);
    }
  });

  it("lists jobs filtered by search (failure reason), state, name and time, with paging; a failed job in full", async () => {
    const system = getJobSystem();
    const m = marker("list");
    const failed = await system.enqueue(q.list.work, { marker: m, failWith: `Gateway exploded for ${m}` });
    const done = await system.enqueue(q.list.other, { marker: m });
    await until(failed.id, "failed");
    await until(done.id, "completed");
    const since = new Date(Date.now() + 1).toISOString();
    await waitFor(() => Date.now() > Date.parse(since));
    const delayed = await system.enqueue(q.list.work, { marker: "later" }, { delayMs: 60_000 });

    const found = await jobs("list", `?search=${encodeURIComponent(`gateway EXPLODED for ${m}`)}`);
    expect(found.body).toMatchObject({ total: 1, jobs: [{ id: failed.id, state: "failed", failedReason: `Gateway exploded for ${m}` }] });
    const ids = (r: { body: Json }) => r.body.jobs.map((j: Json) => j.id);
    expect(ids(await jobs("list", "?state=failed"))).toEqual([failed.id]);
    expect(ids(await jobs("list", "?state=completed,delayed"))).toEqual([delayed.id, done.id]);
    expect(ids(await jobs("list", "?state=completed&state=failed"))).toEqual([done.id, failed.id]);
    expect(ids(await jobs("list", `?name=${q.list.other.name}`))).toEqual([done.id]);
    expect(ids(await jobs("list", `?since=${encodeURIComponent(since)}`))).toEqual([delayed.id]);
    expect((await jobs("list", "?since=1h")).body.total).toBe(3);
    expect(await jobs("list", "?limit=1&offset=1")).toMatchObject({ body: { total: 3, limit: 1, offset: 1, jobs: [{ id: done.id }] } });

    const detail = await call(getJob, jobPath(failed.id), idParam(failed.id));
    expect(detail.body).toMatchObject({
      id: failed.id,
      name: q.list.work.name,
      state: "failed",
      attemptsMade: 1,
      attempts: 1,
      progress: 50,
      data: { marker: m },
      logs: [`starting ${m}`],
    });
    expect(detail.body.stacktrace.join("\n")).toContain(`Gateway exploded for ${m}`);
    const head = await call(queueDetail, `/api/admin/queues/${name("list")}`, { queue: name("list") });
    expect(head.body).toMatchObject({
      stats: { queue: name("list"), counts: { failed: 1, completed: 1, delayed: 1 } },
      jobNames: [q.list.other.name, q.list.work.name],
    });
  });

  it("retries a failed job from an admin session (CSRF-checked, audit-logged) until it completes; 409 when not failed", async () => {
    const m = marker("retry");
    const { id } = await getJobSystem().enqueue(q.retry.work, { marker: m, failWith: "temporarily broken" });
    await until(id, "failed");
    const asBrowser = (body: unknown, headers: Record<string, string> = {}) => ({ method: "POST", cookie, body, headers });
    expect((await call(retry, jobPath(id), idParam(id), asBrowser("retry", { "content-type": "text/plain" }))).status).toBe(403);
    fix(m);
    const res = await call(retry, jobPath(id), idParam(id), asBrowser({}));
    expect(res).toMatchObject({ status: 200, body: { id } });
    await until(id, "completed");
    expect(await getJobSystem().getJob(id)).toMatchObject({ attemptsMade: 1, failedReason: null });
    const again = await call(retry, jobPath(id), idParam(id), post());
    expect(again).toMatchObject({ status: 409, body: { error: { code: "conflict", message: expect.stringContaining("is completed") } } });
    const audit = await (await getDb()).auditLog.findMany({ where: { action: "job.retry", target: `job:${id}` } });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actorId: adminId, details: { name: q.retry.work.name, failedReason: "temporarily broken" } });
  });

  it("retries every failed job of a queue at once", async () => {
    const m = marker("bulk");
    const ids = await Promise.all([1, 2, 3].map(() => getJobSystem().enqueue(q.bulk.work, { marker: m, failWith: "down" })));
    for (const { id } of ids) await until(id, "failed");
    fix(m);
    const res = await call(retryFailed, "/api/admin/queues/bulk/retry-failed", { queue: name("bulk") }, post());
    expect(res.body).toEqual({ queue: name("bulk"), retried: 3, skipped: 0, more: false });
    for (const { id } of ids) await until(id, "completed");
    const audit = await (await getDb()).auditLog.findFirst({ where: { action: "queue.retry-failed", target: `queue:${name("bulk")}` } });
    expect(audit).toMatchObject({ actorId: null, details: { retried: 3, via: "admin-api-token" } });
  });

  it("promotes a delayed job so it runs now, and removes one that is not running", async () => {
    const system = getJobSystem();
    const soon = await system.enqueue(q.later.other, { marker: "promote" }, { delayMs: 600_000 });
    const gone = await system.enqueue(q.later.other, { marker: "remove" }, { delayMs: 600_000 });
    expect((await call(promote, jobPath(soon.id), idParam(soon.id), post())).status).toBe(200);
    await until(soon.id, "completed");
    expect((await call(promote, jobPath(soon.id), idParam(soon.id), post())).status).toBe(409);
    const removed = await call(removeJob, jobPath(gone.id), idParam(gone.id), { method: "DELETE", headers: bearer });
    expect(removed).toMatchObject({ status: 200, body: { id: gone.id, removed: true } });
    expect((await call(getJob, jobPath(gone.id), idParam(gone.id))).status).toBe(404);
    const actions = (await (await getDb()).auditLog.findMany({ where: { target: { in: [`job:${soon.id}`, `job:${gone.id}`] } } })).map(
      (a) => a.action,
    );
    expect(actions.sort()).toEqual(["job.promote", "job.remove"]);
  });

  it("cleans finished jobs older than an age, one state at a time", async () => {
    const system = getJobSystem();
    const ok = await Promise.all([1, 2].map(() => system.enqueue(q.clean.other, { marker: "c" })));
    const bad = await system.enqueue(q.clean.work, { marker: marker("c"), failWith: "no" });
    for (const { id } of ok) await until(id, "completed");
    await until(bad.id, "failed");
    const cleanIt = (body: Json) => call(clean, "/api/admin/queues/clean", { queue: name("clean") }, post(body));
    expect((await cleanIt({ state: "completed", olderThan: "1h" })).body).toMatchObject({ removed: 0, maxAgeMs: 3_600_000 });
    const lastFinish = Math.max(...(await system.listJobs(name("clean"))).jobs.map((j) => j.finishedAt ?? 0));
    await waitFor(() => Date.now() > lastFinish);
    expect((await cleanIt({ state: "completed", olderThanMs: 0 })).body).toMatchObject({ state: "completed", removed: 2 });
    expect((await jobs("clean")).body.jobs.map((j: Json) => j.id)).toEqual([bad.id]);
    expect((await cleanIt({ state: "failed", olderThan: "0s" })).body.removed).toBe(1);
    expect((await jobs("clean")).body.total).toBe(0);
  });

  it("pauses and resumes a queue, as its stats show", async () => {
    const stats = async () => (await call(queueDetail, "/api/admin/queues/pause", { queue: name("pause") })).body.stats;
    expect((await call(pause, "/api/admin/queues/pause/pause", { queue: name("pause") }, post())).body).toEqual({
      queue: name("pause"),
      paused: true,
    });
    const { id } = await getJobSystem().enqueue(q.pause.other, { marker: "p" });
    expect(await stats()).toMatchObject({ paused: true, counts: { waiting: 1 } });
    expect((await call(resume, "/api/admin/queues/pause/resume", { queue: name("pause") }, post())).body).toEqual({
      queue: name("pause"),
      paused: false,
    });
    await until(id, "completed");
    expect(await stats()).toMatchObject({ paused: false, counts: { waiting: 0, completed: 1 } });
    const actions = (
      await (await getDb()).auditLog.findMany({ where: { target: `queue:${name("pause")}` }, orderBy: { createdAt: "asc" } })
    ).map((a) => a.action);
    expect(actions).toEqual(["queue.pause", "queue.resume"]);
  });

  it("lists dead letters and requeues one as a new job that runs", async () => {
    const m = marker("dead");
    const { id } = await getJobSystem().enqueue(q.dead.work, { marker: m, failWith: `poison ${m}` });
    await until(id, "failed");
    const letters = await waitFor(
      async () => {
        const res = await call(listDead, "/api/admin/queues/dead/dead-letters", { queue: name("dead") });
        return res.body.deadLetters.length === 1 && res.body;
      },
      { what: "a dead letter" },
    );
    expect(letters).toMatchObject({ total: 1, deadLetters: [{ job: { id, failedReason: `poison ${m}` } }] });
    const deadId = letters.deadLetters[0].id as string;
    fix(m);
    const res = await call(requeueDead, `/api/admin/dead-letters/${deadId}/requeue`, { id: deadId }, post());
    expect(res).toMatchObject({
      status: 200,
      body: { deadLetterId: deadId, jobId: expect.stringMatching(new RegExp(`^${name("dead")}:`)) },
    });
    await until(res.body.jobId, "completed");
    expect((await call(listDead, "/api/admin/queues/dead/dead-letters", { queue: name("dead") })).body.deadLetters).toEqual([]);
    expect((await call(requeueDead, `/api/admin/dead-letters/${deadId}/requeue`, { id: deadId }, post())).status).toBe(404);
    // Dead-letter ids restart per runner while the accounts database is the file's: match the new job too.
    const audit = await (await getDb()).auditLog.findMany({ where: { action: "dead-letter.requeue", target: `dead-letter:${deadId}` } });
    expect(audit.filter((a) => (a.details as Json).jobId === res.body.jobId)).toHaveLength(1);
  });

  describeCatalogDeadWrites();
});
