import "server-only";

import { AppError } from "@/lib/errors/app-error";

import { getJobSystem } from "./get-job-system";
import type { JobStatus } from "./types";

/** The job, or a 404 that says finished jobs are trimmed after a while. */
export async function getJobOrThrow(id: string): Promise<JobStatus> {
  const job = await getJobSystem().getJob(id);
  if (!job) throw new AppError("not_found", `No job has the id ${id} (completed jobs are kept for a while, then trimmed).`);
  return job;
}
