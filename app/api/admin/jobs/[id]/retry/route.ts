// POST /api/admin/jobs/{id}/retry – runs a failed job again with fresh attempts (404 unknown, 409 not failed)
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
  // retryJob answers false for anything but a failed job (it may also have just changed state).
  if (!(await getJobSystem().retryJob(id))) {
    throw new AppError("conflict", `Only failed jobs can be retried; job ${id} is ${job.state}.`, { state: job.state });
  }
  await recordAudit(admin, "job.retry", `job:${id}`, { name: job.name, failedReason: job.failedReason });
  const now = await getJobSystem().getJob(id);
  return NextResponse.json({ id, state: now?.state ?? null } satisfies JobActionResult);
});
