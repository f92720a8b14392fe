// The admin overview over HTTP through the route handlers: the JSON snapshot with its history, and the SSE
// stream's `point` events (admin access itself is proven for every admin route by the route-access test).
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { GET as overview } from "@/app/api/admin/overview/route";
import { GET as overviewStream } from "@/app/api/admin/overview/stream/route";
import { resetMetricsHistory, sampleMetricsHistory } from "@/lib/metrics/metrics-history";
import { recordSearch } from "@/lib/metrics/search-stats";

import { apiRequest, read, type Json } from "../auth/support/api-request";
import { setTestEnv } from "../support/with-env";

const TOKEN = "overview-admin-token-0123456789";
const admin = { authorization: `Bearer ${TOKEN}` };

let restore: () => void;
beforeAll(() => {
  restore = setTestEnv({ ADMIN_API_TOKEN: TOKEN, REDIS_URL: "", UPSTASH_REDIS_REST_URL: "", UPSTASH_REDIS_REST_TOKEN: "" });
  resetMetricsHistory();
});
afterAll(() => {
  resetMetricsHistory();
  restore();
});

/** A reader of the stream's `point` events, one at a time. */
function pointReader(res: Response) {
  const reader = res.body!.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = "";
  return {
    async next(): Promise<Json> {
      for (;;) {
        const blocks = buffer.split("\n\n");
        const index = blocks.findIndex((b, i) => i < blocks.length - 1 && b.startsWith("event: point\n"));
        if (index >= 0) {
          buffer = blocks.slice(index + 1).join("\n\n");
          const block = blocks[index]!;
          return JSON.parse(block.slice(block.indexOf("data: ") + 6)) as Json;
        }
        const { value, done } = await reader.read();
        if (done) throw new Error(`stream ended before a point: ${buffer}`);
        buffer += value;
      }
    },
    close: () => reader.cancel(),
  };
}

describe("GET /api/admin/overview", () => {
  it("answers the current point with totals and the sampled history", async () => {
    await sampleMetricsHistory(Date.now() - 10_000);
    recordSearch({ source: "database" });
    await sampleMetricsHistory(Date.now() - 5_000);
    const { status, body } = await read(overview(apiRequest("/api/admin/overview", { headers: admin }), undefined));
    expect(status).toBe(200);
    expect(body.sampleIntervalMs).toBe(5_000);
    expect(body.historyLimit).toBe(720);
    expect(body.history).toHaveLength(1);
    expect(body.history[0].search.database).toBe(1);
    expect(Object.keys(body.history[0].routes).sort()).toEqual(["game_api", "game_page", "other", "search_api", "search_page"]);
    expect(body.current.point.intervalMs).toBeGreaterThanOrEqual(5_000);
    expect(body.current.totals.searchSources.database).toBeGreaterThanOrEqual(1);
    expect(typeof body.current.totals.searches).toBe("number");
  });
});

describe("GET /api/admin/overview/stream", () => {
  it("streams `point` events with a fresh point and the totals", async () => {
    // Measured on demand from the sampler's last snapshot: it covers a search recorded since.
    recordSearch({ source: "igdb", deduplicated: true });
    const res = await overviewStream(apiRequest("/api/admin/overview/stream", { headers: admin }), undefined);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^text\/event-stream/);
    const points = pointReader(res);
    const sample = await points.next();
    expect(sample.point.t).toBeGreaterThan(Date.now() - 10_000);
    expect(sample.point.search.igdb).toBe(1);
    // The next one (2 s later) is measured from the first: only what happened in between.
    recordSearch({ source: "cache" });
    const next = await points.next();
    await points.close();
    expect(next.point.t).toBeGreaterThan(sample.point.t);
    expect(next.point.search).toMatchObject({ cache: 1, igdb: 0, deduplicated: 0 });
    expect(sample.point.routes.search_api).toHaveProperty("rate");
    expect(sample.totals.searchSources.igdb).toBeGreaterThanOrEqual(1);
    expect(sample.totals.deduplicated).toBeGreaterThanOrEqual(1);
  });
});
