// Job status over HTTP through the route handlers: GET /api/jobs/{id}, the SSE stream of its changes, the
// queue stats for the admin dashboard, write status by id, and the admin guard on all of them. Run once
// with the in-process runner and once with BullMQ on the real Redis.
import { randomUUID } from "node:crypto";

import { NextRequest } from "next/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";

import { GET as catalogWrite } from "@/app/api/admin/catalog-writes/[id]/route";
import { GET as queues } from "@/app/api/admin/queues/route";
import { GET as jobEvents } from "@/app/api/jobs/[id]/events/route";
import { GET as job } from "@/app/api/jobs/[id]/route";
import { closeCatalogWriteQueue, getCatalogWriteQueue } from "@/lib/catalog-writes/get-catalog-write-queue";
import { defineJob } from "@/lib/jobs/define-job";
import { closeJobSystem, getJobSystem } from "@/lib/jobs/get-job-system";

import { gameWrite } from "../catalog-writes/write-fixtures";
import { clearQuestlogKeys } from "../support/clear-questlog-keys";
import { TEST_REDIS_URL } from "../support/test-redis";
import { setTestEnv } from "../support/with-env";

const TOKEN = "test-admin-token-0123456789abcdef";
const admin = { authorization: `Bearer ${TOKEN}` };
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = Record<string, any>;

let release: () => void = () => {};
const gate = () => new Promise<void>((resolve) => (release = resolve));

const steppedJob = defineJob({
  name: "test.stepped",
  queue: "testapi",
  schema: z.object({ steps: z.number().int().min(1) }),
  options: { attempts: 1 },
  async handle({ steps }, context) {
    await gate();
    for (let i = 1; i <= steps; i++) await context.progress(Math.round((100 * i) / steps));
    return { steps };
  },
});

const call = (handler: typeof job | typeof jobEvents, id: string, headers: Record<string, string> = admin) =>
  handler(new NextRequest(`http://localhost/api/jobs/${encodeURIComponent(id)}`, { headers }), {
    params: Promise.resolve({ id: encodeURIComponent(id) }),
  });

async function readEvents(res: Response): Promise<Array<{ event: string; data: Json }>> {
  const text = await res.text(); // the stream ends when the job does
  return text
    .split("\n\n")
    .filter((block) => block.startsWith("event:"))
    .map((block) => {
      const [eventLine, dataLine] = block.split("\n");
      return { event: eventLine!.slice(7), data: JSON.parse(dataLine!.slice(6)) as Json };
    });
}

describe.each([
  ["in-process", {}],
  [
    "bullmq",
    {
      REDIS_URL: TEST_REDIS_URL,
      JOBS_PREFIX: `ql:test:jobs-api:${randomUUID().slice(0, 8)}`,
      CATALOG_STREAM_KEY: `ql:test:cw:${randomUUID()}`,
    },
  ],
] as const)("job and queue APIs (%s)", (_mode, vars) => {
  let restore: () => void;
  beforeAll(async () => {
    restore = setTestEnv({ ADMIN_API_TOKEN: TOKEN, ...vars });
    await getJobSystem().startWorkers([steppedJob], { testapi: { concurrency: 1 } });
    await getCatalogWriteQueue().start();
  });
  afterAll(async () => {
    await closeJobSystem(2_000);
    await closeCatalogWriteQueue(2_000);
    restore();
    if ("REDIS_URL" in vars)
      for (const prefix of [vars.JOBS_PREFIX, vars.CATALOG_STREAM_KEY]) await clearQuestlogKeys(TEST_REDIS_URL, `${prefix}*`);
  });

  it("refuses without the admin token (401), with a wrong one (403), and rejects malformed ids (400)", async () => {
    expect((await call(job, "testapi:1", {})).status).toBe(401);
    expect((await call(job, "testapi:1", { authorization: "Bearer wrong-token-wrong-token-wrong" })).status).toBe(403);
    expect((await queues(new NextRequest("http://localhost/api/admin/queues"), undefined)).status).toBe(401);
    const bad = await call(job, "no queue here");
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as Json).error.code).toBe("invalid_parameters");
    expect((await call(job, "testapi:999999")).status).toBe(404);
    // A badly escaped id is the client's 400, on the status and on the event stream alike.
    const badlyEscaped = (handler: typeof job | typeof jobEvents) =>
      handler(new NextRequest("http://localhost/api/jobs/%E0%A4%A", { headers: admin }), { params: Promise.resolve({ id: "%E0%A4%A" }) });
    expect((await badlyEscaped(job)).status).toBe(400);
    expect((await badlyEscaped(jobEvents)).status).toBe(400);
  });

  it("streams a job's state and progress over SSE until it completes, and reports it by id", async () => {
    const { id } = await getJobSystem().enqueue(steppedJob, { steps: 4 });
    const res = await call(jobEvents, id);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toContain("text/event-stream");
    const events = readEvents(res);
    await new Promise((resolve) => setTimeout(resolve, 100));
    release();
    const received = await events;
    expect(received[0]?.event).toBe("snapshot");
    const progress = received.filter((e) => e.event === "progress").map((e) => e.data.progress);
    expect(progress).toEqual([25, 50, 75, 100]);
    expect(received.at(-1)).toMatchObject({ event: "state", data: { state: "completed" } });

    const status = (await (await call(job, id)).json()) as Json;
    expect(status).toMatchObject({
      id,
      name: "test.stepped",
      state: "completed",
      progress: 100,
      attemptsMade: 1,
      returnValue: { steps: 4 },
    });
  });

  it("gives queue stats for the dashboard, and a catalog write's status by id", async () => {
    const [ticket] = getCatalogWriteQueue().enqueue([gameWrite(777)]);
    await getCatalogWriteQueue().settled(ticket!.id);
    const res = await queues(new NextRequest("http://localhost/api/admin/queues", { headers: admin }), undefined);
    expect(res.status).toBe(200);
    const body = (await res.json()) as Json;
    const testapi = body.queues.find((q: Json) => q.queue === "testapi");
    expect(testapi.counts.completed).toBeGreaterThanOrEqual(1);
    expect(body.catalogWrites).toMatchObject({ applied: expect.any(Number), capacity: expect.any(Number) });
    expect(body.catalogWrites.applied).toBeGreaterThanOrEqual(1);

    const write = await catalogWrite(new NextRequest(`http://localhost/api/admin/catalog-writes/${ticket!.id}`, { headers: admin }), {
      params: Promise.resolve({ id: ticket!.id }),
    });
    expect(await write.json()).toMatchObject({ id: ticket!.id, state: "applied" });
    const missing = await catalogWrite(new NextRequest("http://localhost/api/admin/catalog-writes/nope", { headers: admin }), {
      params: Promise.resolve({ id: "nope" }),
    });
    expect(missing.status).toBe(404);
  });
});
