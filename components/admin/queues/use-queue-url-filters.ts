"use client";

import { usePathname, useSearchParams } from "next/navigation";
import { useCallback, useMemo } from "react";

import { JOB_STATES } from "@/lib/admin/queues/queue-schemas";
import type { JobFilters } from "@/lib/query/use-admin-queues";

/** What the state tabs select: a job state, every job, or the dead-letter list. */
export type QueueTab = JobFilters["state"] | "dead";

const SINCE = new Set(["15m", "1h", "24h", "7d"]);

/**
 * The queue page's filters live in its URL (?state=failed&search=timeout&name=&since=1h&page=2), so a
 * filtered view is a link an operator can share; changes replace the entry instead of piling up history.
 */
export function useQueueUrlFilters() {
  const params = useSearchParams();
  const pathname = usePathname();
  const rawState = params.get("state");
  const tab: QueueTab = rawState === "dead" ? "dead" : (JOB_STATES as readonly string[]).includes(rawState ?? "") ? (rawState as JobFilters["state"]) : undefined;
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
  const update = useCallback(
    (changes: Record<string, string | number | undefined>) => {
      const next = new URLSearchParams(params.toString());
      for (const [key, value] of Object.entries(changes)) {
        if (value === undefined || value === "" || value === "all") next.delete(key);
        else next.set(key, String(value));
      }
      // Any filter change starts from the first page.
      if (!("page" in changes)) next.delete("page");
      if (next.get("page") === "1") next.delete("page");
      const query = next.toString();
      // The History API, not router.replace: Next keeps useSearchParams in sync without a server round trip,
      // and an update still pending (the search box's debounce) can no longer cancel a click on a job that
      // is already navigating away. Nothing is written once the page is left.
      if (window.location.pathname !== pathname) return;
      window.history.replaceState(null, "", query ? `${pathname}?${query}` : pathname);
    },
    [params, pathname],
  );
  return { tab, filters, update };
}
