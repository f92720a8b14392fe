// POST /api/admin/queues/{queue}/pause – stops workers taking new jobs from the queue (running ones finish); enqueues still land
import { NextResponse } from "next/server";

import { getQueueStatsOrThrow } from "@/lib/admin/queues/get-queue-stats-or-throw";
import type { PauseResult } from "@/lib/admin/queues/queue-api-types";
import { QueueParamSchema, type QueueRoute } from "@/lib/admin/queues/queue-schemas";
import { withAdmin } from "@/lib/api/with-admin";
import { recordAudit } from "@/lib/audit/record-audit";
import { getJobSystem } from "@/lib/jobs/get-job-system";

export const POST = withAdmin<QueueRoute>(async (req, { params, admin }) => {
  const { queue } = QueueParamSchema.parse(await params);
  await getQueueStatsOrThrow(queue);
  await getJobSystem().pauseQueue(queue);
  await recordAudit(admin, "queue.pause", `queue:${queue}`);
  return NextResponse.json({ queue, paused: true } satisfies PauseResult);
});
