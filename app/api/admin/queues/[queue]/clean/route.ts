// POST /api/admin/queues/{queue}/clean {state: "completed"|"failed", olderThanMs | olderThan: "1h"} – removes
// the queue's finished jobs in that state older than the age ("0s" or 0: all of them); how many went
import { NextResponse } from "next/server";

import { getQueueStatsOrThrow } from "@/lib/admin/queues/get-queue-stats-or-throw";
import type { CleanResult } from "@/lib/admin/queues/queue-api-types";
import { CleanQueueBodySchema, QueueParamSchema, type QueueRoute } from "@/lib/admin/queues/queue-schemas";
import { readJsonBody } from "@/lib/api/read-json-body";
import { withAdmin } from "@/lib/api/with-admin";
import { recordAudit } from "@/lib/audit/record-audit";
import { getJobSystem } from "@/lib/jobs/get-job-system";

export const POST = withAdmin<QueueRoute>(async (req, { params, admin }) => {
  const { queue } = QueueParamSchema.parse(await params);
  const { state, maxAgeMs } = CleanQueueBodySchema.parse(await readJsonBody(req));
  await getQueueStatsOrThrow(queue);
  const removed = await getJobSystem().cleanQueue(queue, state, maxAgeMs);
  await recordAudit(admin, "queue.clean", `queue:${queue}`, { state, maxAgeMs, removed });
  return NextResponse.json({ queue, state, maxAgeMs, removed } satisfies CleanResult);
});
