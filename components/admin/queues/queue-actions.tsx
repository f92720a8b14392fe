"use client";

import { useId, useState } from "react";

import { adminButtonClass } from "@/components/admin/admin-button";
import { CLEAN_AGE_CHOICES } from "@/lib/admin/queues/parse-duration";
import type { QueueStats } from "@/lib/admin/queues/queue-api-types";
import { useCleanQueue, usePauseQueue, useRetryFailed } from "@/lib/query/use-admin-queues";
import { formatCount } from "@/lib/utils";

import { ConfirmButton } from "./confirm-button";
import { QueryError } from "./query-error";

/** Pause/Resume, Retry all failed and Clean, each saying what it did (or why not) under the buttons. */
export function QueueActions({ queue, stats }: { queue: string; stats: QueueStats | undefined }) {
  const pause = usePauseQueue();
  const retryFailed = useRetryFailed();
  const clean = useCleanQueue();
  const [done, setDone] = useState<string | null>(null);
  const paused = stats?.paused ?? false;
  const failed = stats?.counts.failed ?? 0;
  const error = pause.error ?? retryFailed.error ?? clean.error;
  return (
    <div className="space-y-2">
      <div className="flex flex-wrap items-center gap-2">
        <button
          type="button"
          className={adminButtonClass(paused ? "primary" : "secondary")}
          disabled={!stats || pause.isPending}
          onClick={() =>
            pause.mutate(
              { queue, pause: !paused },
              { onSuccess: (r) => setDone(r.paused ? "Queue paused: workers take no new jobs." : "Queue resumed.") },
            )
          }
        >
          {paused ? "Resume" : "Pause"}
        </button>
        <ConfirmButton
          label="Retry all failed"
          question={`Retry ${formatCount(failed)} failed job${failed === 1 ? "" : "s"}?`}
          confirmLabel="Retry all"
          disabled={!failed}
          pending={retryFailed.isPending}
          onConfirm={() =>
            retryFailed.mutate(queue, {
              onSuccess: (r) =>
                setDone(
                  `Retried ${formatCount(r.retried)} job${r.retried === 1 ? "" : "s"}${r.skipped ? `, ${r.skipped} skipped` : ""}${r.more ? "; more remain, run it again" : ""}.`,
                ),
            })
          }
        />
        <CleanControls
          pending={clean.isPending}
          onClean={(state, olderThan, label) =>
            clean.mutate(
              { queue, state, olderThan },
              { onSuccess: (r) => setDone(`Removed ${formatCount(r.removed)} ${state} job${r.removed === 1 ? "" : "s"} ${label}.`) },
            )
          }
        />
      </div>
      <QueryError error={error} what="do that" />
      {done && !error ? (
        <p role="status" className="text-sm text-emerald-700 dark:text-emerald-300">
          {done}
        </p>
      ) : null}
    </div>
  );
}

function CleanControls({
  pending,
  onClean,
}: {
  pending: boolean;
  onClean: (state: "completed" | "failed", olderThan: string, label: string) => void;
}) {
  const id = useId();
  // Not inputClass: that one is full-width, and these sit inline beside the buttons.
  const selectClass = "rounded-md border border-zinc-300 bg-white px-2 py-1.5 text-base sm:text-sm dark:border-zinc-700 dark:bg-zinc-900";
  const [state, setState] = useState<"completed" | "failed">("completed");
  const [age, setAge] = useState<string>(CLEAN_AGE_CHOICES[1].value);
  // "older than any age" reads badly: the zero age says "of any age" instead.
  const label = age === "0s" ? "of any age" : `older than ${CLEAN_AGE_CHOICES.find((c) => c.value === age)?.label ?? age}`;
  return (
    <div role="group" aria-label="Clean jobs" className="flex flex-wrap items-center gap-2">
      <label htmlFor={`${id}-state`} className="sr-only">
        Clean which jobs
      </label>
      <select id={`${id}-state`} className={selectClass} value={state} onChange={(e) => setState(e.target.value as "completed" | "failed")}>
        <option value="completed">Completed</option>
        <option value="failed">Failed</option>
      </select>
      <label htmlFor={`${id}-age`} className="text-sm text-zinc-600 dark:text-zinc-400">
        older than
      </label>
      <select id={`${id}-age`} className={selectClass} value={age} onChange={(e) => setAge(e.target.value)}>
        {CLEAN_AGE_CHOICES.map((c) => (
          <option key={c.value} value={c.value}>
            {c.label}
          </option>
        ))}
      </select>
      <ConfirmButton
        label="Clean…"
        variant="danger"
        question={`Remove ${state} jobs ${label}? This cannot be undone.`}
        confirmLabel="Clean"
        pending={pending}
        onConfirm={() => onClean(state, age, label)}
      />
    </div>
  );
}
