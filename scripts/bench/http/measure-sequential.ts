// Latency at one connection: sequential requests over one kept-alive socket, each timed from the request's
// write to its response headers (time to first byte) and to its last byte (node:http, so nothing but the
// socket sits between us and the server).
import http from "node:http";

import { percentile, round } from "./percentile";

export interface SequentialResult {
  ttfb_p50_ms: number;
  ttfb_p99_ms: number;
  p50_ms: number;
  p99_ms: number;
  /** Non-2xx answers and failed requests. */
  errors: number;
}

export interface SequentialOptions {
  requests?: number;
  warmup?: number;
  headers?: Record<string, string>;
}

export async function measureSequential(
  url: string,
  { requests = 500, warmup = 100, headers = {} }: SequentialOptions = {},
): Promise<SequentialResult> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  const once = () =>
    new Promise<{ ttfb: number; total: number; ok: boolean }>((resolve) => {
      const started = process.hrtime.bigint();
      const ms = () => Number(process.hrtime.bigint() - started) / 1e6;
      const req = http.get(url, { agent, headers }, (res) => {
        const ttfb = ms();
        res.resume();
        res.on("end", () => resolve({ ttfb, total: ms(), ok: (res.statusCode ?? 0) < 300 }));
      });
      req.on("error", () => resolve({ ttfb: ms(), total: ms(), ok: false }));
    });
  try {
    for (let i = 0; i < warmup; i++) await once();
    const ttfb: number[] = [];
    const total: number[] = [];
    let errors = 0;
    for (let i = 0; i < requests; i++) {
      const r = await once();
      ttfb.push(r.ttfb);
      total.push(r.total);
      if (!r.ok) errors++;
    }
    return {
      ttfb_p50_ms: round(percentile(ttfb, 50)),
      ttfb_p99_ms: round(percentile(ttfb, 99)),
      p50_ms: round(percentile(total, 50)),
      p99_ms: round(percentile(total, 99)),
      errors,
    };
  } finally {
    agent.destroy();
  }
}
