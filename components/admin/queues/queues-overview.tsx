"use client";

import Link from "next/link";

import { EmptyState, Panel } from "@/components/admin/panel";
import { Skeleton } from "@/components/ui/skeleton";
import type { QueueStats } from "@/lib/admin/queues/queue-api-types";
import { useQueuesOverview } from "@/lib/query/use-admin-queues";
import { formatCount } from "@/lib/utils";

import { JobStateBadge } from "./job-state-badge";
import { QueryError } from "./query-error";
import { formatDuration } from "./relative-time";

const COLUMNS = [
  ["waiting", "Waiting"],
  ["active", "Active"],
  ["delayed", "Delayed"],
  ["completed", "Completed"],
  ["failed", "Failed"],
] as const;
const GRID = "md:grid md:grid-cols-[minmax(8rem,1.4fr)_repeat(6,minmax(0,1fr))_minmax(7rem,1fr)] md:items-center md:gap-3";

/** Every queue with its counts and pause state; each row leads to the queue's page. Live every 2 s. */
export function QueuesOverview() {
  const { data, error, isPending } = useQueuesOverview();
  return (
    <Panel title="Job queues">
      <QueryError error={error} what="load the queues" />
      {isPending ? (
        <div role="status" aria-label="Loading queues" className="space-y-2">
          {[0, 1, 2].map((i) => (
            <Skeleton key={i} className="h-12 w-full" />
          ))}
        </div>
      ) : data && data.queues.length === 0 ? (
        <EmptyState>No queues yet: they appear once the workers start or a job is enqueued.</EmptyState>
      ) : data ? (
        <div>
          <div aria-hidden className={`hidden px-3 pb-2 text-xs font-medium text-zinc-500 ${GRID}`}>
            <span>Queue</span>
            {COLUMNS.map(([, label]) => (
              <span key={label} className="text-right">
                {label}
              </span>
            ))}
            <span className="text-right">Dead letters</span>
            <span className="text-right">Done / min</span>
          </div>
          <ul className="space-y-2 md:space-y-0 md:divide-y md:divide-zinc-200 md:dark:divide-zinc-800">
            {data.queues.map((q) => (
              <QueueRow key={q.queue} stats={q} />
            ))}
          </ul>
        </div>
      ) : null}
    </Panel>
  );
}

function QueueRow({ stats }: { stats: QueueStats }) {
  return (
    <li data-testid={`queue-row-${stats.queue}`}>
      <Link
        href={`/admin/queues/${stats.queue}`}
        className={`block rounded-md border border-zinc-200 p-3 hover:bg-zinc-50 md:rounded-none md:border-0 dark:border-zinc-800 dark:hover:bg-zinc-800/60 ${GRID}`}
      >
        <span className="flex items-center gap-2 font-medium">
          {stats.queue}
          {stats.paused ? <JobStateBadge state="paused" /> : null}
        </span>
        <span className="mt-2 grid grid-cols-3 gap-2 text-sm sm:grid-cols-6 md:contents">
          {COLUMNS.map(([state, label]) => (
            <Figure key={state} label={label} value={stats.counts[state]} alert={state === "failed" && stats.counts.failed > 0} />
          ))}
          <Figure label="Dead letters" value={stats.deadLetters} alert={stats.deadLetters > 0} />
        </span>
        <span className="mt-2 block text-xs text-zinc-500 md:mt-0 md:text-right md:text-sm">
          <span className="md:hidden">Done per minute: </span>
          {formatCount(stats.completedLastMinute)}
          {stats.oldestWaitingMs !== null ? <span className="block">oldest wait {formatDuration(stats.oldestWaitingMs)}</span> : null}
        </span>
      </Link>
    </li>
  );
}

function Figure({ label, value, alert }: { label: string; value: number; alert?: boolean }) {
  return (
    <span className="flex flex-col md:block md:text-right">
      <span className="text-xs text-zinc-500 md:hidden">{label}</span>
      <span className={alert ? "font-semibold text-red-700 tabular-nums dark:text-red-300" : "tabular-nums"}>{formatCount(value)}</span>
    </span>
  );
}
