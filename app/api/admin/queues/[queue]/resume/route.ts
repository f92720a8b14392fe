// POST /api/admin/queues/{queue}/resume – lets workers take the queue's jobs again
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
  await getJobSystem().resumeQueue(queue);
  await recordAudit(admin, "queue.resume", `queue:${queue}`);
  return NextResponse.json({ queue, paused: false } satisfies PauseResult);
});
