// GET /api/admin/queues/{queue}/dead-letters?limit=50 – jobs of the queue that failed for good, newest first
import { NextResponse, type NextRequest } from "next/server";

import { getQueueStatsOrThrow } from "@/lib/admin/queues/get-queue-stats-or-throw";
import { DeadLettersQuerySchema, QueueParamSchema, type QueueRoute } from "@/lib/admin/queues/queue-schemas";
import { withAdmin } from "@/lib/api/with-admin";
import { getJobSystem } from "@/lib/jobs/get-job-system";

export const dynamic = "force-dynamic";

export const GET = withAdmin<QueueRoute>(async (req: NextRequest, { params }) => {
  const { queue } = QueueParamSchema.parse(await params);
  const { limit } = DeadLettersQuerySchema.parse(Object.fromEntries(req.nextUrl.searchParams));
  const [stats, deadLetters] = await Promise.all([getQueueStatsOrThrow(queue), getJobSystem().listDeadLetters(queue, limit)]);
  // Two reads, not one snapshot: a job dead-lettered between them must not show in a list longer than its total.
  return NextResponse.json({ queue, deadLetters, total: Math.max(stats.deadLetters, deadLetters.length) });
});
