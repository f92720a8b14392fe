// GET /api/admin/jobs/{id} – one job in full: data, state, attempts, progress, logs, failure reason and stack
// DELETE /api/admin/jobs/{id} – removes a job that is not running (404 unknown, 409 while a worker holds it)
import { NextResponse } from "next/server";

import type { IdRoute } from "@/lib/admin/queues/queue-schemas";
import { jobIdFromParams } from "@/lib/api/job-id-from-params";
import { withAdmin } from "@/lib/api/with-admin";
import { recordAudit } from "@/lib/audit/record-audit";
import { AppError } from "@/lib/errors/app-error";
import { getJobOrThrow } from "@/lib/jobs/get-job-or-throw";
import { getJobSystem } from "@/lib/jobs/get-job-system";

export const dynamic = "force-dynamic";

export const GET = withAdmin<IdRoute>(async (req, { params }) => {
  return NextResponse.json(await getJobOrThrow(await jobIdFromParams(params)));
});

export const DELETE = withAdmin<IdRoute>(async (req, { params, admin }) => {
  const id = await jobIdFromParams(params);
  const job = await getJobOrThrow(id);
  if (!(await getJobSystem().removeJob(id))) {
    throw new AppError(
      "conflict",
      `Job ${id} is ${job.state === "active" ? "running" : "held by a worker or a schedule"} and cannot be removed now.`,
      { state: job.state },
    );
  }
  await recordAudit(admin, "job.remove", `job:${id}`, { name: job.name, state: job.state });
  return NextResponse.json({ id, removed: true });
});
