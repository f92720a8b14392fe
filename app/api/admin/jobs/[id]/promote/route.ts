// POST /api/admin/jobs/{id}/promote – runs a delayed job now instead of at its time (404 unknown, 409 not delayed)
import { NextResponse } from "next/server";

import type { JobActionResult } from "@/lib/admin/queues/queue-api-types";
import type { IdRoute } from "@/lib/admin/queues/queue-schemas";
import { jobIdFromParams } from "@/lib/api/job-id-from-params";
import { withAdmin } from "@/lib/api/with-admin";
import { recordAudit } from "@/lib/audit/record-audit";
import { AppError } from "@/lib/errors/app-error";
import { getJobOrThrow } from "@/lib/jobs/get-job-or-throw";
import { getJobSystem } from "@/lib/jobs/get-job-system";

export const POST = withAdmin<IdRoute>(async (req, { params, admin }) => {
  const id = await jobIdFromParams(params);
  const job = await getJobOrThrow(id);
  if (!(await getJobSystem().promoteJob(id))) {
    throw new AppError("conflict", `Only delayed jobs can be promoted; job ${id} is ${job.state}.`, { state: job.state });
  }
  await recordAudit(admin, "job.promote", `job:${id}`, { name: job.name, runAt: job.runAt });
  const now = await getJobSystem().getJob(id);
  return NextResponse.json({ id, state: now?.state ?? null } satisfies JobActionResult);
});
