// Time to first byte at one connection: sequential requests over one kept-alive socket, each timed from the
// request's write to its response headers (node:http, so nothing but the socket sits between us and the server).
import http from "node:http";

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

export async function measureTtfb(url: string, requests = 1000, warmup = 200): Promise<{ p50_ms: number; p99_ms: number }> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  const once = () =>
    new Promise<number>((resolve, reject) => {
      const started = process.hrtime.bigint();
      const req = http.get(url, { agent, headers: { "accept-encoding": "gzip" } }, (res) => {
        const ms = Number(process.hrtime.bigint() - started) / 1e6;
        res.resume();
        res.on("end", () => (res.statusCode === 200 ? resolve(ms) : reject(new Error(`${url}: HTTP ${res.statusCode}`))));
      });
      req.on("error", reject);
    });
  try {
    for (let i = 0; i < warmup; i++) await once();
    const times: number[] = [];
    for (let i = 0; i < requests; i++) times.push(await once());
    times.sort((a, b) => a - b);
    const round = (ms: number) => Math.round(ms * 100) / 100;
    return { p50_ms: round(percentile(times, 50)), p99_ms: round(percentile(times, 99)) };
  } finally {
    agent.destroy();
  }
}
