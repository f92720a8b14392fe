"use client";

import { useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { useEffect, useState } from "react";

import { adminButtonClass } from "@/components/admin/admin-button";
import { Panel } from "@/components/admin/panel";
import type { AdminGameDetail } from "@/lib/admin/catalog/admin-catalog-schemas";
import { jobHref } from "@/lib/admin/queues/job-href";
import { useJobStatus, useRefreshAdminGame } from "@/lib/query/use-admin-catalog";

/** "Refresh from IGDB": a catalog.refresh-game job, followed live until it completes or fails. */
export function RefreshPanel({ game }: { game: AdminGameDetail }) {
  const client = useQueryClient();
  const refresh = useRefreshAdminGame(game.id);
  const [jobId, setJobId] = useState<string | null>(null);
  const job = useJobStatus(jobId);
  const state = job.data?.state;

  // Completed: the replica has IGDB's copy now; read the game again to show it.
  useEffect(() => {
    if (state === "completed") void client.invalidateQueries({ queryKey: ["admin", "catalog"] });
  }, [state, client]);

  const running = refresh.isPending || (jobId !== null && state !== "completed" && state !== "failed");
  return (
    <Panel title="IGDB">
      <p className="mb-3 text-sm text-zinc-600 dark:text-zinc-400">
        Last synced {game.synced_at ? new Date(game.synced_at).toLocaleString() : "never"} · source {game.source}
      </p>
      <button
        type="button"
        className={adminButtonClass()}
        disabled={running}
        onClick={() => refresh.mutate(undefined, { onSuccess: ({ jobId: id }) => setJobId(id) })}
      >
        {running ? "Refreshing…" : "Refresh from IGDB"}
      </button>
      {jobId ? (
        <div className="mt-3 space-y-1 text-sm">
          <p
            data-testid="refresh-job-state"
            data-state={state ?? "waiting"}
            aria-live="polite"
            className={state === "failed" ? "text-red-700 dark:text-red-300" : undefined}
          >
            {describe(state, job.data?.failedReason ?? null)}
          </p>
          <Link href={jobHref(jobId)} className="text-brand-600 hover:underline dark:text-brand-100">
            View job
          </Link>
        </div>
      ) : null}
      {refresh.error || job.error ? (
        <p role="alert" className="mt-2 text-sm text-red-700 dark:text-red-300">
          {(refresh.error ?? job.error)?.message}
        </p>
      ) : null}
    </Panel>
  );
}

function describe(state: string | undefined, failedReason: string | null): string {
  switch (state) {
    case "completed":
      return "Completed: the catalog has IGDB's current copy.";
    case "failed":
      return `Failed: ${failedReason ?? "unknown reason"}`;
    case "active":
      return "Active: asking IGDB…";
    case "delayed":
      return "Delayed";
    default:
      return "Waiting for a worker…";
  }
}
