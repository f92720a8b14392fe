// A scrape while Redis is unreachable: the write queue's stats (read from the Redis stream) cannot be
// read, and /api/metrics still answers 200 at once, saying so, instead of a 500 or a hang.
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { GET as metrics } from "@/app/api/metrics/route";
import { closeCatalogWriteQueue, getCatalogWriteQueue } from "@/lib/catalog-writes/get-catalog-write-queue";
import { METRIC } from "@/lib/metrics/metric-names";

import { apiRequest } from "../auth/support/api-request";
import { setTestEnv } from "../support/with-env";

let restore: () => void;
beforeAll(async () => {
  // A port nothing listens on: every command fails or waits for a reconnect that never comes.
  restore = setTestEnv({ REDIS_URL: "redis://127.0.0.1:1", METRICS_TOKEN: "", CATALOG_STREAM_KEY: "ql:test:metrics-fail-open" });
  expect(getCatalogWriteQueue().mode).toBe("redis-stream");
});
afterAll(async () => {
  await closeCatalogWriteQueue(500);
  restore();
});

describe("GET /api/metrics with Redis down", () => {
  it("answers 200 with the write queue reported unavailable", async () => {
    const res = await metrics(apiRequest("/api/metrics"), undefined);
    expect(res.status).toBe(200);
    const text = await res.text();
    expect(text).toContain(`${METRIC.writesUp} 0`);
    expect(text).toContain(`# HELP ${METRIC.httpRequests} `);
  });
});
