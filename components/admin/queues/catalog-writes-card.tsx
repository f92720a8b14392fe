"use client";

import { adminButtonClass } from "@/components/admin/admin-button";
import { EmptyState, Panel } from "@/components/admin/panel";
import { StatTile } from "@/components/admin/stat-tile";
import { Skeleton } from "@/components/ui/skeleton";
import type { DeadWrite } from "@/lib/admin/queues/queue-api-types";
import { useCatalogDeadWrites, useQueuesOverview, useRequeueDeadWrite } from "@/lib/query/use-admin-queues";
import { formatCount } from "@/lib/utils";

import { QueryError } from "./query-error";
import { formatDuration, RelativeTime } from "./relative-time";

const ms = (value: number | null) => (value === null ? "—" : formatDuration(value));

/** The catalog write queue of this instance: depth, drain, lag, and its dead writes with Requeue. */
export function CatalogWritesCard() {
  const overview = useQueuesOverview();
  const dead = useCatalogDeadWrites();
  const requeue = useRequeueDeadWrite();
  const stats = overview.data?.catalogWrites;
  return (
    <Panel
      title="Catalog writes"
      actions={
        stats ? <span className="text-xs text-zinc-500">{stats.mode === "redis-stream" ? "Redis Stream" : "in-process buffer"}</span> : null
      }
    >
      {stats ? (
        <div className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-6">
          <StatTile
            label="Depth"
            value={formatCount(stats.depth)}
            hint={`of ${formatCount(stats.capacity)}`}
            testId="catalog-writes-depth"
          />
          <StatTile label="Applied" value={formatCount(stats.applied)} hint={`${formatCount(stats.batches)} batches`} />
          <StatTile label="Dead" value={formatCount(stats.dead)} testId="catalog-writes-dead" />
          <StatTile label="Rejected" value={formatCount(stats.rejected)} hint="queue full" />
          <StatTile label="Lag p50 / p99" value={`${ms(stats.lagP50Ms)} / ${ms(stats.lagP99Ms)}`} />
          <StatTile label="Oldest waiting" value={ms(stats.oldestWaitingMs)} />
        </div>
      ) : (
        <Skeleton className="h-20 w-full" />
      )}
      <h3 className="mt-4 mb-2 text-sm font-semibold">Dead writes</h3>
      <QueryError error={dead.error ?? requeue.error} what={requeue.error ? "requeue the write" : "load dead writes"} />
      {requeue.data ? (
        <p role="status" className="mb-2 text-sm text-emerald-700 dark:text-emerald-300">
          Requeued {requeue.data.deadWriteId} as ticket <code>{requeue.data.ticket.id}</code>
          {requeue.data.ticket.accepted ? "." : ", but the queue was full: it was rejected."}
        </p>
      ) : null}
      {dead.isPending ? (
        <Skeleton className="h-12 w-full" />
      ) : !dead.data?.deadWrites.length ? (
        <EmptyState>No dead catalog writes.</EmptyState>
      ) : (
        <ul className="divide-y divide-zinc-200 dark:divide-zinc-800">
          {dead.data.deadWrites.map((write) => (
            <DeadWriteRow
              key={write.id}
              write={write}
              pending={requeue.isPending && requeue.variables === write.id}
              onRequeue={() => requeue.mutate(write.id)}
            />
          ))}
        </ul>
      )}
    </Panel>
  );
}

function DeadWriteRow({ write, pending, onRequeue }: { write: DeadWrite; pending: boolean; onRequeue: () => void }) {
  const kind = typeof write.write === "object" && write.write !== null && "kind" in write.write ? String(write.write.kind) : "write";
  return (
    <li className="flex flex-col gap-2 py-2 sm:flex-row sm:items-center sm:justify-between" data-testid="dead-write">
      <div className="min-w-0 text-sm">
        <p className="font-mono text-xs break-all">
          {write.id} · {kind}
        </p>
        <p className="break-words text-red-700 dark:text-red-300">{write.reason}</p>
        <p className="text-xs text-zinc-500">
          {write.attempts} attempts · dead <RelativeTime at={write.deadAt} />
        </p>
      </div>
      <button
        type="button"
        className={adminButtonClass("secondary", "shrink-0")}
        disabled={pending}
        onClick={onRequeue}
        aria-label={`Requeue write ${write.id}`}
      >
        {pending ? "Requeueing…" : "Requeue"}
      </button>
    </li>
  );
}
