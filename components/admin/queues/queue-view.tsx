"use client";

import Link from "next/link";

import { PageHeader } from "@/components/admin/page-header";
import { Panel } from "@/components/admin/panel";
import { useQueueDetail, useQueueJobs } from "@/lib/query/use-admin-queues";
import { formatCount } from "@/lib/utils";

import { DeadLetterList } from "./dead-letter-list";
import { JobFiltersBar } from "./job-filters";
import { JobList } from "./job-list";
import { JobStateBadge } from "./job-state-badge";
import { QueryError } from "./query-error";
import { QueueActions } from "./queue-actions";
import { QueueStateTabs } from "./queue-state-tabs";
import { formatDuration } from "./relative-time";
import { useQueueUrlFilters } from "./use-queue-url-filters";

/** One queue: live counts, actions, state chips, filters and the job list (or its dead letters). */
export function QueueView({ queue }: { queue: string }) {
  const { tab, filters, update } = useQueueUrlFilters();
  const detail = useQueueDetail(queue);
  const jobs = useQueueJobs(queue, filters, tab !== "dead");
  const stats = detail.data?.stats;
  const filtered = Boolean(filters.state || filters.name || filters.search || filters.since);
  return (
    <div className="space-y-4">
      <PageHeader
        title={`Queue: ${queue}`}
        description={
          <span className="inline-flex flex-wrap items-center gap-2">
            <Link href="/admin/queues" className="underline">
              All queues
            </Link>
            {stats ? (
              <>
                <span aria-hidden>·</span>
                {stats.paused ? <JobStateBadge state="paused" testId="queue-paused" /> : <span data-testid="queue-running">running</span>}
                <span aria-hidden>·</span>
                <span>{formatCount(stats.completedLastMinute)} done in the last minute</span>
                {stats.oldestWaitingMs !== null ? <span>· oldest wait {formatDuration(stats.oldestWaitingMs)}</span> : null}
              </>
            ) : null}
          </span>
        }
      />
      <QueryError error={detail.error} what="load this queue" />
      <Panel>
        <QueueActions queue={queue} stats={stats} />
      </Panel>
      <Panel>
        <div className="space-y-4">
          <QueueStateTabs stats={stats} tab={tab} onSelect={(next) => update({ state: next })} />
          {tab === "dead" ? (
            <DeadLetterList queue={queue} />
          ) : (
            <>
              <JobFiltersBar filters={filters} jobNames={detail.data?.jobNames ?? []} onChange={update} />
              <QueryError error={jobs.error} what="load jobs" />
              <JobList data={jobs.data} isPending={jobs.isPending} filtered={filtered} onPage={(page) => update({ page })} />
            </>
          )}
        </div>
      </Panel>
    </div>
  );
}
