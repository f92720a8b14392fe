// POST /api/admin/queues/{queue}/retry-failed – retries every failed job of the queue with fresh attempts
// (at most 1,000 per call; `more` says whether failed jobs remain)
import { NextResponse } from "next/server";

import { getQueueStatsOrThrow } from "@/lib/admin/queues/get-queue-stats-or-throw";
import { QueueParamSchema, type QueueRoute } from "@/lib/admin/queues/queue-schemas";
import { retryFailedJobs } from "@/lib/admin/queues/retry-failed-jobs";
import { withAdmin } from "@/lib/api/with-admin";
import { recordAudit } from "@/lib/audit/record-audit";

export const POST = withAdmin<QueueRoute>(async (req, { params, admin }) => {
  const { queue } = QueueParamSchema.parse(await params);
  await getQueueStatsOrThrow(queue);
  const result = await retryFailedJobs(queue);
  await recordAudit(admin, "queue.retry-failed", `queue:${queue}`, { retried: result.retried, skipped: result.skipped, more: result.more });
  return NextResponse.json(result);
});
