"use client";

import Link from "next/link";

import { adminButtonClass } from "@/components/admin/admin-button";
import { EmptyState } from "@/components/admin/panel";
import { Skeleton } from "@/components/ui/skeleton";
import { jobHref } from "@/lib/admin/queues/job-href";
import type { JobStatus, QueueJobsPage } from "@/lib/admin/queues/queue-api-types";
import { JOBS_PAGE_SIZE } from "@/lib/query/use-admin-queues";
import { formatCount } from "@/lib/utils";

import { JobStateBadge } from "./job-state-badge";
import { RelativeTime } from "./relative-time";

const GRID = "md:grid md:grid-cols-[6rem_minmax(0,1.3fr)_minmax(0,1fr)_6rem_6rem_4rem_minmax(0,1.6fr)] md:items-center md:gap-3";

/** The queue's jobs as rows (stacked cards on phones), each a link to the job; paging below. */
export function JobList({
  data,
  isPending,
  filtered,
  onPage,
}: {
  data: QueueJobsPage | undefined;
  isPending: boolean;
  filtered: boolean;
  onPage: (page: number) => void;
}) {
  if (isPending || !data) {
    return (
      <div role="status" aria-label="Loading jobs" className="space-y-2">
        {[0, 1, 2, 3].map((i) => (
          <Skeleton key={i} className="h-12 w-full" />
        ))}
      </div>
    );
  }
  if (!data.jobs.length)
    return <EmptyState>{filtered ? "No job matches these filters." : "This queue holds no jobs right now."}</EmptyState>;
  const page = Math.floor(data.offset / JOBS_PAGE_SIZE) + 1;
  const pages = Math.max(1, Math.ceil(data.total / JOBS_PAGE_SIZE));
  return (
    <div>
      <div aria-hidden className={`hidden px-3 pb-2 text-xs font-medium text-zinc-500 ${GRID}`}>
        <span>State</span>
        <span>Name</span>
        <span>Id</span>
        <span>Created</span>
        <span>Finished</span>
        <span>Attempts</span>
        <span>Failure</span>
      </div>
      <ul aria-label="Jobs" className="space-y-2 md:space-y-0 md:divide-y md:divide-zinc-200 md:dark:divide-zinc-800">
        {data.jobs.map((job) => (
          <JobRow key={job.id} job={job} />
        ))}
      </ul>
      <nav aria-label="Job pages" className="mt-4 flex flex-wrap items-center justify-between gap-2 text-sm">
        <span className="text-zinc-500">
          {formatCount(data.offset + 1)}–{formatCount(data.offset + data.jobs.length)} of {formatCount(data.total)}
        </span>
        <span className="flex items-center gap-2">
          <button type="button" className={adminButtonClass()} disabled={page <= 1} onClick={() => onPage(page - 1)}>
            ← Previous
          </button>
          <span className="text-zinc-500">
            Page {page} of {pages}
          </span>
          <button type="button" className={adminButtonClass()} disabled={page >= pages} onClick={() => onPage(page + 1)}>
            Next →
          </button>
        </span>
      </nav>
    </div>
  );
}

function JobRow({ job }: { job: JobStatus }) {
  return (
    <li data-testid="job-row">
      <Link
        href={jobHref(job.id)}
        className={`block space-y-1 rounded-md border border-zinc-200 p-3 text-sm hover:bg-zinc-50 md:space-y-0 md:rounded-none md:border-0 dark:border-zinc-800 dark:hover:bg-zinc-800/60 ${GRID}`}
      >
        <span className="flex items-center justify-between md:block">
          <JobStateBadge state={job.state} />
          <span className="text-xs text-zinc-500 md:hidden">
            <RelativeTime at={job.createdAt} />
          </span>
        </span>
        <span className="block truncate font-medium">{job.name}</span>
        <span className="block truncate font-mono text-xs text-zinc-600 dark:text-zinc-400">{job.id}</span>
        <span className="hidden text-zinc-600 md:block dark:text-zinc-400">
          <RelativeTime at={job.createdAt} />
        </span>
        <span className="block text-xs text-zinc-600 md:text-sm dark:text-zinc-400">
          <span className="md:hidden">Finished </span>
          <RelativeTime at={job.finishedAt} />
        </span>
        <span className="block text-xs tabular-nums md:text-sm">
          <span className="md:hidden">Attempts </span>
          {job.attemptsMade}/{job.attempts}
        </span>
        <span className="block truncate text-xs text-red-700 md:text-sm dark:text-red-300" title={job.failedReason ?? undefined}>
          {job.failedReason ?? ""}
        </span>
      </Link>
    </li>
  );
}
