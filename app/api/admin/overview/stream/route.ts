// GET /api/admin/overview/stream – Server-Sent Events: `event: point` with a fresh overview point and the
// totals every 2 s (measured on demand, not waiting for the 5 s history sampler), heartbeats between, until
// the client goes away (admins only)
import type { NextRequest } from "next/server";

import { withAdmin } from "@/lib/api/with-admin";
import { lastMetricsSnapshot } from "@/lib/metrics/metrics-history";
import type { MetricsSnapshot } from "@/lib/metrics/metrics-snapshot";
import { readSnapshotNow, sampleSince } from "@/lib/metrics/read-overview";

export const dynamic = "force-dynamic";

const POINT_EVERY_MS = 2_000;
const HEARTBEAT_MS = 15_000;

export const GET = withAdmin(async (req: NextRequest) => {
  const encoder = new TextEncoder();
  let stop = () => {};
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      let closed = false;
      let previous: MetricsSnapshot | null = lastMetricsSnapshot();
      const write = (text: string) => {
        if (!closed) controller.enqueue(encoder.encode(text));
      };
      const sendPoint = async () => {
        const current = await readSnapshotNow();
        const sample = sampleSince(previous, current);
        previous = current;
        if (sample.point) write(`event: point\ndata: ${JSON.stringify(sample)}\n\n`);
      };
      // One read at a time: while a slow collector (Redis timing out) holds one, ticks are skipped, not queued.
      let busy = false;
      const tick = () => {
        if (busy) return;
        busy = true;
        sendPoint()
          .catch(() => write(": sample failed\n\n"))
          .finally(() => (busy = false));
      };
      const points = setInterval(tick, POINT_EVERY_MS);
      const heartbeat = setInterval(() => write(": keep-alive\n\n"), HEARTBEAT_MS);
      stop = () => {
        if (closed) return;
        closed = true;
        clearInterval(points);
        clearInterval(heartbeat);
        try {
          controller.close();
        } catch {
          // already cancelled by the client
        }
      };
      write("retry: 3000\n\n");
      tick();
    },
    cancel: () => stop(),
  });
  req.signal.addEventListener("abort", () => stop());
  return new Response(stream, {
    headers: {
      "content-type": "text/event-stream; charset=utf-8",
      "cache-control": "no-cache, no-transform",
      connection: "keep-alive",
      "x-accel-buffering": "no",
    },
  });
});
