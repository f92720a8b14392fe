// The job system contract against both runners: in-process, and BullMQ on the real Redis the test
// command starts, under a key prefix of this file's own (removed afterwards).
import { randomUUID } from "node:crypto";

import { afterAll } from "vitest";

import { BullmqJobSystem } from "@/lib/jobs/bullmq/bullmq-job-system";
import { InProcessJobSystem } from "@/lib/jobs/in-process/in-process-job-system";

import { TEST_REDIS_URL } from "../support/test-redis";
import { describeJobSystem } from "./job-system-contract";
import { deleteKeys } from "./job-test-helpers";

const prefix = `ql:test-jobs:${randomUUID()}`;
afterAll(() => deleteKeys(TEST_REDIS_URL, prefix));

describeJobSystem("in-process", async () => new InProcessJobSystem());
describeJobSystem("bullmq", async () => new BullmqJobSystem({ redisUrl: TEST_REDIS_URL, prefix }));
