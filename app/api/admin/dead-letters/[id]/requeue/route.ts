// POST /api/admin/dead-letters/{id}/requeue – enqueues a dead job again with fresh attempts and drops it from
// the dead-letter list; the new job's id (404 unknown or already requeued, 409 data no longer valid)
import { NextResponse } from "next/server";

import type { RequeueResult } from "@/lib/admin/queues/queue-api-types";
import { DeadLetterIdParamSchema, type IdRoute } from "@/lib/admin/queues/queue-schemas";
import { requeueDeadLetter } from "@/lib/admin/queues/requeue-dead-letter";
import { withAdmin } from "@/lib/api/with-admin";
import { recordAudit } from "@/lib/audit/record-audit";

export const POST = withAdmin<IdRoute>(async (req, { params, admin }) => {
  const { id } = DeadLetterIdParamSchema.parse(await params);
  const jobId = await requeueDeadLetter(id);
  await recordAudit(admin, "dead-letter.requeue", `dead-letter:${id}`, { jobId });
  return NextResponse.json({ deadLetterId: id, jobId } satisfies RequeueResult);
});
