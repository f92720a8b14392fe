// GET /api/jobs/{id} – one job's state, progress, attempts and failure reason (admins; id "<queue>:<n>")
import { NextResponse, type NextRequest } from "next/server";

import { AppError } from "@/lib/api/errors";
import { JobIdParamSchema } from "@/lib/api/job-id-param";
import { withAdmin } from "@/lib/api/with-admin";
import { getJobSystem } from "@/lib/jobs/get-job-system";

export const GET = withAdmin(async (req: NextRequest, { params }: { params: Promise<{ id: string }> }) => {
  const { id } = JobIdParamSchema.parse({ id: decodeURIComponent((await params).id) });
  const job = await getJobSystem().getJob(id);
  if (!job) throw new AppError("not_found", `No job has the id ${id} (completed jobs are kept for a while, then trimmed).`);
  return NextResponse.json(job);
});
