"use client";

import { useSearchParams } from "next/navigation";
import { useMemo } from "react";

import { useUrlFilterUpdate } from "@/components/admin/use-url-filter-update";
import { JOB_STATES } from "@/lib/admin/queues/queue-schemas";
import type { JobFilters } from "@/lib/query/use-admin-queues";

/** What the state tabs select: a job state, every job, or the dead-letter list. */
export type QueueTab = JobFilters["state"] | "dead";

const SINCE = new Set(["15m", "1h", "24h", "7d"]);

/** The queue page's filters, read from its URL (?state=failed&search=timeout&name=&since=1h&page=2). */
export function useQueueUrlFilters() {
  const params = useSearchParams();
  const rawState = params.get("state");
  const tab: QueueTab =
    rawState === "dead"
      ? "dead"
      : (JOB_STATES as readonly string[]).includes(rawState ?? "")
        ? (rawState as JobFilters["state"])
        : undefined;
  const filters: JobFilters = useMemo(
    () => ({
      state: tab === "dead" ? undefined : tab,
      name: params.get("name") || undefined,
      search: params.get("search")?.trim() || undefined,
      since: SINCE.has(params.get("since") ?? "") ? params.get("since")! : undefined,
      page: Math.max(1, Number.parseInt(params.get("page") ?? "1", 10) || 1),
    }),
    [params, tab],
  );
  const update = useUrlFilterUpdate();
  return { tab, filters, update };
}
