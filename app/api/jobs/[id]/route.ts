// GET /api/jobs/{id} – one job's state, progress, attempts and failure reason (admins; id "<queue>:<n>")
import { NextResponse, type NextRequest } from "next/server";

import { jobIdFromParams } from "@/lib/api/job-id-from-params";
import { withAdmin } from "@/lib/api/with-admin";
import { getJobOrThrow } from "@/lib/jobs/get-job-or-throw";

export const GET = withAdmin(async (req: NextRequest, { params }: { params: Promise<{ id: string }> }) => {
  return NextResponse.json(await getJobOrThrow(await jobIdFromParams(params)));
});
