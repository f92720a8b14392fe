// listJobs' filtering, ordering and paging, shared so both runners answer the dashboard identically.
import type { JobStatus, ListJobsFilter } from "./types";

export const DEFAULT_LIST_LIMIT = 50;

export function matchesFilter(job: JobStatus, filter: ListJobsFilter): boolean {
  if (filter.states?.length && !filter.states.includes(job.state)) return false;
  if (filter.name !== undefined && job.name !== filter.name) return false;
  if (filter.since !== undefined && job.createdAt < filter.since) return false;
  if (filter.search) {
    const needle = filter.search.toLowerCase();
    const haystack = [job.id, job.name, JSON.stringify(job.data) ?? "", job.failedReason ?? ""];
    if (!haystack.some((text) => text.toLowerCase().includes(needle))) return false;
  }
  return true;
}

/** Newest first; jobs created in the same millisecond by id, so the order is stable across calls. */
export function compareNewestFirst(a: JobStatus, b: JobStatus): number {
  return b.createdAt - a.createdAt || b.id.localeCompare(a.id, "en", { numeric: true });
}

export function filterJobs(jobs: Iterable<JobStatus>, filter: ListJobsFilter = {}): { jobs: JobStatus[]; total: number } {
  const matching = [...jobs].filter((job) => matchesFilter(job, filter)).sort(compareNewestFirst);
  const offset = Math.max(0, filter.offset ?? 0);
  const limit = Math.max(0, filter.limit ?? DEFAULT_LIST_LIMIT);
  return { jobs: matching.slice(offset, offset + limit), total: matching.length };
}
