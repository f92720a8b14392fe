// GET /api/admin/queues/{queue} – one queue's counts by state, pause flag, dead letters and the job names to filter by
import { NextResponse, type NextRequest } from "next/server";

import { getQueueDetail } from "@/lib/admin/queues/get-queue-detail";
import { QueueParamSchema } from "@/lib/admin/queues/queue-schemas";
import { withAdmin } from "@/lib/api/with-admin";

export const dynamic = "force-dynamic";

export const GET = withAdmin(async (req: NextRequest, { params }: { params: Promise<{ queue: string }> }) => {
  const { queue } = QueueParamSchema.parse(await params);
  return NextResponse.json(await getQueueDetail(queue));
});
