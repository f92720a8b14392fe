// Request timing through Node's diagnostics channels, against a real HTTP server in this process: what
// `next start` serves (prerendered pages included) is timed the same way.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";

import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { getMetricsRegistry } from "@/lib/metrics/get-metrics-registry";
import { startHttpTiming } from "@/lib/metrics/http-timing";
import { METRIC } from "@/lib/metrics/metric-names";
import { readMetricsSnapshot } from "@/lib/metrics/read-metrics-snapshot";

const SLOW_MS = 30;

let server: Server;
let base: string;
let stop: () => void;

beforeAll(async () => {
  stop = startHttpTiming();
  startHttpTiming(); // a second start (dev reload, second module graph) must not count requests twice
  server = createServer((req, res) => {
    const url = req.url ?? "/";
    if (url.startsWith("/events")) {
      // As Next sends headers: set one by one, then the body.
      res.setHeader("content-type", "text/event-stream");
      res.end("event: x\ndata: {}\n\n");
    } else if (url.startsWith("/games/")) {
      setTimeout(() => res.writeHead(200, { "content-type": "text/html" }).end("<p>game</p>"), SLOW_MS);
    } else if (url.startsWith("/api/games/9")) {
      res.writeHead(404, { "content-type": "application/json" }).end("{}");
    } else {
      res.writeHead(200, { "content-type": "application/json" }).end("{}");
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  stop();
  await new Promise((resolve) => server.close(resolve));
});

const get = async (path: string, headers: Record<string, string> = {}) => (await fetch(`${base}${path}`, { headers })).text();

describe("startHttpTiming", () => {
  it("counts each request once under its route and records its server time", async () => {
    const { registry } = getMetricsRegistry();
    const before = await readMetricsSnapshot(registry);
    for (let i = 0; i < 3; i++) await get(`/api/games/search?q=zelda${i}`);
    await get("/games/tetris");
    await get("/games/tetris?_rsc=abc");
    await get("/api/games/9");
    await get("/_next/static/chunks/app.js");
    await get("/events");
    await get("/api/anything", { accept: "text/event-stream" }); // what EventSource asks for
    const after = await readMetricsSnapshot(registry);

    expect(after.requests.search_api - before.requests.search_api).toBe(3);
    expect(after.requests.game_page - before.requests.game_page).toBe(2);
    expect(after.requests.game_api - before.requests.game_api).toBe(1);
    // Build assets and event streams are not counted anywhere.
    expect(after.requests.other - before.requests.other).toBe(0);
    // The game page handler answered after SLOW_MS: the recorded server time includes it.
    expect(after.latency.game_page.p50).toBeGreaterThanOrEqual(SLOW_MS - 2);
    expect(after.latency.search_api.p95).not.toBeNull();
  });

  it("labels the status class, visible in the Prometheus text", async () => {
    await get("/api/games/9");
    const text = await getMetricsRegistry().registry.metrics();
    expect(text).toMatch(new RegExp(`${METRIC.httpRequests}\\{route="game_api",status_class="4xx"\\} [1-9]`));
    expect(text).toMatch(new RegExp(`${METRIC.httpDuration}\\{quantile="0.95",route="game_page"\\} 0\\.0`));
    expect(text).toContain(`${METRIC.httpDuration}_count{route="search_api"} `);
  });
});
