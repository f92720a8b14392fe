"use client";

import Link from "next/link";

import { adminButtonClass } from "@/components/admin/admin-button";
import { EmptyState } from "@/components/admin/panel";
import { Skeleton } from "@/components/ui/skeleton";
import { jobHref } from "@/lib/admin/queues/job-href";
import type { DeadLetter } from "@/lib/admin/queues/queue-api-types";
import { useDeadLetters, useRequeueDeadLetter } from "@/lib/query/use-admin-queues";

import { QueryError } from "./query-error";
import { RelativeTime } from "./relative-time";

/** Jobs of the queue that failed for good, each with Requeue (a new job with fresh attempts, linked once made). */
export function DeadLetterList({ queue }: { queue: string }) {
  const { data, error, isPending } = useDeadLetters(queue);
  const requeue = useRequeueDeadLetter();
  return (
    <div className="space-y-3">
      <QueryError error={error ?? requeue.error} what={requeue.error ? "requeue the job" : "load dead letters"} />
      {requeue.data ? (
        <p role="status" className="text-sm text-emerald-700 dark:text-emerald-300">
          Requeued as{" "}
          <Link className="font-mono underline" href={jobHref(requeue.data.jobId)}>
            {requeue.data.jobId}
          </Link>
        </p>
      ) : null}
      {isPending ? (
        <Skeleton className="h-16 w-full" />
      ) : !data?.deadLetters.length ? (
        <EmptyState>No dead letters: every job that failed for good has been requeued or none has.</EmptyState>
      ) : (
        <ul aria-label="Dead letters" className="divide-y divide-zinc-200 dark:divide-zinc-800">
          {data.deadLetters.map((letter) => (
            <DeadLetterRow
              key={letter.id}
              letter={letter}
              pending={requeue.isPending && requeue.variables === letter.id}
              onRequeue={() => requeue.mutate(letter.id)}
            />
          ))}
        </ul>
      )}
    </div>
  );
}

function DeadLetterRow({ letter, pending, onRequeue }: { letter: DeadLetter; pending: boolean; onRequeue: () => void }) {
  const { job } = letter;
  return (
    <li data-testid="dead-letter" className="flex flex-col gap-2 py-3 sm:flex-row sm:items-start sm:justify-between">
      <div className="min-w-0 text-sm">
        <p className="font-medium">
          {job.name} <span className="font-mono text-xs text-zinc-500">{job.id}</span>
        </p>
        <p className="break-words text-red-700 dark:text-red-300">{job.failedReason ?? "No reason recorded"}</p>
        <p className="text-xs text-zinc-500">
          {job.attemptsMade}/{job.attempts} attempts · dead <RelativeTime at={letter.deadAt} />
        </p>
        <details className="mt-1">
          <summary className="cursor-pointer text-xs text-zinc-500">Data</summary>
          <pre className="mt-1 max-h-48 overflow-auto rounded bg-zinc-100 p-2 text-xs dark:bg-zinc-950">
            {JSON.stringify(job.data, null, 2)}
          </pre>
        </details>
      </div>
      <button
        type="button"
        className={adminButtonClass("secondary", "shrink-0")}
        disabled={pending}
        onClick={onRequeue}
        aria-label={`Requeue ${job.id}`}
      >
        {pending ? "Requeueing…" : "Requeue"}
      </button>
    </li>
  );
}
