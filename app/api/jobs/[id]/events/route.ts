// GET /api/jobs/{id}/events – Server-Sent Events: the job's state and progress as they change, from
// whichever instance runs it. Route handlers stream natively in Next.js; WebSockets would need a
// custom server, and one-way updates are all a status view needs. Ends after the job completes or fails.
import type { NextRequest } from "next/server";

import { jobIdFromParams } from "@/lib/api/job-id-from-params";
import { withAdmin } from "@/lib/api/with-admin";
import { getJobOrThrow } from "@/lib/jobs/get-job-or-throw";
import { getJobSystem } from "@/lib/jobs/get-job-system";
import type { JobEvent } from "@/lib/jobs/types";

export const dynamic = "force-dynamic";

const HEARTBEAT_MS = 15_000;

export const GET = withAdmin(async (req: NextRequest, { params }: { params: Promise<{ id: string }> }) => {
  const id = await jobIdFromParams(params);
  const jobs = getJobSystem();
  const first = await getJobOrThrow(id);
  const encoder = new TextEncoder();
  let cleanup = async () => {};
  const stream = new ReadableStream<Uint8Array>({
    async start(controller) {
      let closed = false;
      const send = (event: string, data: unknown) => {
        if (!closed) controller.enqueue(encoder.encode(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`));
      };
      const finish = async () => {
        if (closed) return;
        closed = true;
        clearInterval(heartbeat);
        await unsubscribe().catch(() => {});
        controller.close();
      };
      const heartbeat = setInterval(() => !closed && controller.enqueue(encoder.encode(": keep-alive\n\n")), HEARTBEAT_MS);
      // Subscribe before sending the snapshot, so no change falls between the two.
      const unsubscribe = await jobs.subscribe(id, (event: JobEvent) => {
        send(event.type, event);
        if (event.type === "state" && (event.state === "completed" || event.state === "failed")) void finish();
      });
      cleanup = finish;
      const now = (await jobs.getJob(id)) ?? first;
      send("snapshot", now);
      if (now.state === "completed" || now.state === "failed") await finish();
    },
    cancel: () => cleanup(),
  });
  req.signal.addEventListener("abort", () => void cleanup());
  return new Response(stream, {
    headers: {
      "content-type": "text/event-stream; charset=utf-8",
      "cache-control": "no-cache, no-transform",
      connection: "keep-alive",
      "x-accel-buffering": "no",
    },
  });
});
