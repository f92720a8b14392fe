import { parseJobId } from "@/lib/jobs/job-id";

/** The console page of a job: /admin/queues/<queue>/jobs/<id within the queue> (scheduled ids hold colons). */
export function jobHref(id: string): string {
  const parsed = parseJobId(id);
  return parsed ? `/admin/queues/${parsed.queue}/jobs/${encodeURIComponent(parsed.localId)}` : "/admin/queues";
}

/** The admin API path of a job ("email:12" → /api/admin/jobs/email%3A12). */
export const jobApiPath = (id: string) => `/api/admin/jobs/${encodeURIComponent(id)}`;
