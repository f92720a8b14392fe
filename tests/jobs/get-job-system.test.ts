import { randomUUID } from "node:crypto";

import { Redis } from "ioredis";
import { afterAll, afterEach, describe, expect, it } from "vitest";

import { closeJobSystem, getJobSystem } from "@/lib/jobs/get-job-system";

import { TEST_REDIS_URL } from "../support/test-redis";
import { withEnv } from "../support/with-env";
import { deleteKeys, recordingJob, uniqueQueue, waitFor } from "./job-test-helpers";

const prefix = `ql:test-jobs:${randomUUID()}`;
afterEach(() => closeJobSystem(1_000));
afterAll(() => deleteKeys(TEST_REDIS_URL, prefix));

describe("getJobSystem", () => {
  it("runs in process without REDIS_URL, and keeps one system per process until closed", async () => {
    await withEnv({ REDIS_URL: "" }, async () => {
      const system = getJobSystem();
      expect(system.kind).toBe("in-process");
      expect(getJobSystem()).toBe(system);
      await closeJobSystem();
      expect(getJobSystem()).not.toBe(system);
    });
  });

  it("uses BullMQ with REDIS_URL, under JOBS_PREFIX", async () => {
    await withEnv({ REDIS_URL: TEST_REDIS_URL, JOBS_PREFIX: prefix }, async () => {
      const system = getJobSystem();
      expect(system.kind).toBe("bullmq");
      const queue = uniqueQueue("env");
      const { job } = recordingJob(queue);
      await system.startWorkers([job], { [queue]: { concurrency: 1 } });
      const { id } = await system.enqueue(job, { n: 1 });
      await waitFor(async () => (await system.getJob(id))?.state === "completed");
      const redis = new Redis(TEST_REDIS_URL);
      try {
        expect(await redis.exists(`${prefix}:${queue}:meta`)).toBe(1);
      } finally {
        redis.disconnect();
      }
    });
  });
});
