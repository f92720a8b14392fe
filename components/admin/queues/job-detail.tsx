"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";

import { adminButtonClass } from "@/components/admin/admin-button";
import { PageHeader } from "@/components/admin/page-header";
import { EmptyState, Panel } from "@/components/admin/panel";
import { Skeleton } from "@/components/ui/skeleton";
import type { JobStatus } from "@/lib/admin/queues/queue-api-types";
import { AdminApiError } from "@/lib/query/admin-api";
import { useJob, useJobAction, useJobEvents } from "@/lib/query/use-admin-queues";

import { ConfirmButton } from "./confirm-button";
import { JobSections } from "./job-sections";
import { JobStateBadge } from "./job-state-badge";
import { QueryError } from "./query-error";
import { RelativeTime } from "./relative-time";

/** One job, live (its events stream, and a poll): state, attempts, times, actions, then data, progress, logs, error. */
export function JobDetail({ id, queue }: { id: string; queue: string }) {
  const router = useRouter();
  const { data: job, error, isPending } = useJob(id);
  const action = useJobAction();
  useJobEvents(id, Boolean(job) && job?.state !== "completed" && job?.state !== "failed");
  const back = (
    <Link href={`/admin/queues/${queue}`} className="underline">
      Back to {queue}
    </Link>
  );
  if (isPending) {
    return (
      <div role="status" aria-label="Loading job" className="space-y-3">
        <Skeleton className="h-8 w-1/2" />
        <Skeleton className="h-32 w-full" />
      </div>
    );
  }
  if (!job) {
    const missing = error instanceof AdminApiError && error.status === 404;
    return (
      <div className="space-y-4">
        <PageHeader title={`Job ${id}`} description={back} />
        {missing ? (
          <EmptyState>This job no longer exists: it was removed, cleaned, or trimmed after completing.</EmptyState>
        ) : (
          <QueryError error={error} what="load this job" />
        )}
      </div>
    );
  }
  const run = (kind: "retry" | "promote" | "remove") =>
    action.mutate({ id, action: kind }, { onSuccess: () => kind === "remove" && router.push(`/admin/queues/${queue}`) });
  return (
    <div className="space-y-4">
      <PageHeader
        title={job.name}
        description={
          <span className="inline-flex flex-wrap items-center gap-2">
            <JobStateBadge state={job.state} testId="job-state" />
            <span className="font-mono text-xs break-all">{job.id}</span>
            <span aria-hidden>·</span>
            {back}
          </span>
        }
        actions={
          <>
            <button
              type="button"
              className={adminButtonClass("primary")}
              disabled={job.state !== "failed" || action.isPending}
              onClick={() => run("retry")}
            >
              Retry
            </button>
            <button
              type="button"
              className={adminButtonClass()}
              disabled={job.state !== "delayed" || action.isPending}
              onClick={() => run("promote")}
            >
              Promote
            </button>
            <ConfirmButton
              label="Remove"
              variant="danger"
              question="Remove this job for good?"
              confirmLabel="Remove job"
              disabled={job.state === "active"}
              pending={action.isPending && action.variables?.action === "remove"}
              onConfirm={() => run("remove")}
            />
          </>
        }
      />
      <QueryError error={action.error} what="do that" />
      <JobFacts job={job} />
      <JobSections job={job} />
    </div>
  );
}

function JobFacts({ job }: { job: JobStatus }) {
  const facts: Array<[string, React.ReactNode]> = [
    ["Created", <RelativeTime key="c" at={job.createdAt} />],
    ["Started", <RelativeTime key="s" at={job.processedAt} fallback="not yet" />],
    ["Finished", <RelativeTime key="f" at={job.finishedAt} fallback="not yet" />],
    ["Runs at", <RelativeTime key="r" at={job.runAt} fallback="—" />],
    ["Priority", job.priority || "none"],
  ];
  return (
    <Panel>
      <p className="mb-3 text-sm font-medium" data-testid="job-attempts">
        Attempts: {job.attemptsMade} of {job.attempts}
      </p>
      <dl className="grid grid-cols-2 gap-3 text-sm sm:grid-cols-5">
        {facts.map(([label, value]) => (
          <div key={label}>
            <dt className="text-xs text-zinc-500">{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
    </Panel>
  );
}
