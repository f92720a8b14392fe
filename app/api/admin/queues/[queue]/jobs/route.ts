// GET /api/admin/queues/{queue}/jobs?state=failed,waiting&name=&search=&since=1h&limit=25&offset=0 – the
// queue's jobs, newest first, filtered (state may repeat or be comma-separated; since is "15m"/"1h"/"24h"/
// "7d" back from now or an ISO date-time; search matches id, name, data and failure reason, any case)
import { NextResponse, type NextRequest } from "next/server";

import { getQueueStatsOrThrow } from "@/lib/admin/queues/get-queue-stats-or-throw";
import type { QueueJobsPage } from "@/lib/admin/queues/queue-api-types";
import { listJobsQueryInput, ListQueueJobsQuerySchema, QueueParamSchema } from "@/lib/admin/queues/queue-schemas";
import { withAdmin } from "@/lib/api/with-admin";
import { getJobSystem } from "@/lib/jobs/get-job-system";

export const dynamic = "force-dynamic";

export const GET = withAdmin(async (req: NextRequest, { params }: { params: Promise<{ queue: string }> }) => {
  const { queue } = QueueParamSchema.parse(await params);
  const query = ListQueueJobsQuerySchema.parse(listJobsQueryInput(req.nextUrl.searchParams));
  await getQueueStatsOrThrow(queue);
  const { state, ...filter } = query;
  const { jobs, total } = await getJobSystem().listJobs(queue, { ...filter, states: state });
  return NextResponse.json({ queue, jobs, total, limit: query.limit, offset: query.offset } satisfies QueueJobsPage);
});
