// GET /api/metrics through the route handler: Prometheus text with our metrics, and METRICS_TOKEN's rule.
import { afterEach, describe, expect, it } from "vitest";

import { GET as metrics } from "@/app/api/metrics/route";
import { METRIC } from "@/lib/metrics/metric-names";
import { recordSearch } from "@/lib/metrics/search-stats";

import { apiRequest, read } from "../auth/support/api-request";
import { setTestEnv } from "../support/with-env";

const TOKEN = "metrics-token-0123456789";
let restore: () => void = () => {};
afterEach(() => restore());

const scrape = (headers: Record<string, string> = {}) => metrics(apiRequest("/api/metrics", { headers }), undefined);

describe("GET /api/metrics", () => {
  it("answers Prometheus text with our metrics and Node's own, not cached", async () => {
    restore = setTestEnv({ METRICS_TOKEN: "" });
    recordSearch({ source: "igdb", deduplicated: true });
    const res = await scrape();
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^text\/plain; version=0\.0\.4/);
    expect(res.headers.get("cache-control")).toBe("no-store");
    const text = await res.text();
    for (const name of Object.values(METRIC)) expect(text).toContain(`# HELP ${name} `);
    expect(text).toContain(`# TYPE ${METRIC.httpDuration} summary`);
    expect(text).toContain(`# TYPE ${METRIC.searches} counter`);
    expect(text).toMatch(new RegExp(`${METRIC.searches}\\{source="igdb"\\} [1-9]`));
    expect(text).toMatch(new RegExp(`${METRIC.searchDeduplicated} [1-9]`));
    expect(text).toContain(`${METRIC.igdbCircuit} 0`);
    expect(text).toContain("process_cpu_user_seconds_total");
  });

  it("is off in production until METRICS_TOKEN is set: a 404 that says so", async () => {
    restore = setTestEnv({ METRICS_TOKEN: "", NODE_ENV: "production" });
    const off = await read(scrape());
    expect(off.status).toBe(404);
    expect(off.body.error.message).toContain("METRICS_TOKEN");
    restore();
    restore = setTestEnv({ METRICS_TOKEN: TOKEN, NODE_ENV: "production" });
    expect((await scrape()).status).toBe(401);
    expect((await scrape({ authorization: `Bearer ${TOKEN}` })).status).toBe(200);
  });

  it("with METRICS_TOKEN set, needs it: 401 without, 403 with a wrong one, 200 with it", async () => {
    restore = setTestEnv({ METRICS_TOKEN: TOKEN });
    const missing = await read(scrape());
    expect(missing.status).toBe(401);
    expect(missing.body.error.code).toBe("unauthorized");
    const wrong = await read(scrape({ authorization: "Bearer not-the-metrics-token" }));
    expect(wrong.status).toBe(403);
    expect(wrong.body.error.code).toBe("forbidden");
    const right = await scrape({ authorization: `Bearer ${TOKEN}` });
    expect(right.status).toBe(200);
    expect(await right.text()).toContain(METRIC.httpRequests);
  });
});
