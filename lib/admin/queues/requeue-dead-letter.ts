import "server-only";

import { ZodError } from "zod";

import { AppError } from "@/lib/errors/app-error";
import { getJobSystem } from "@/lib/jobs/get-job-system";

/**
 * Enqueues a dead job again with fresh attempts; its new job id. 404 when no such dead letter (already
 * requeued), 409 when its payload no longer passes today's schema (requeueing it would only fail again,
 * and the operator's request itself was fine, so not a 400).
 */
export async function requeueDeadLetter(id: string): Promise<string> {
  let jobId: string | null;
  try {
    jobId = await getJobSystem().requeueDeadLetter(id);
  } catch (error) {
    if (!(error instanceof ZodError)) throw error;
    throw new AppError("conflict", "This dead job's data no longer matches its job's schema, so it would only fail again.", {
      issues: error.issues.map((i) => ({ path: i.path.join("."), message: i.message })),
    });
  }
  if (!jobId) throw new AppError("not_found", `No dead letter has the id ${id} (it may have been requeued already).`);
  return jobId;
}
