"use client";

import { adminButtonClass } from "@/components/admin/admin-button";
import { EmptyState, Panel } from "@/components/admin/panel";
import { QueryError } from "@/components/admin/queues/query-error";
import { Skeleton } from "@/components/ui/skeleton";
import { useAuditLog, type AuditFilters } from "@/lib/query/use-admin-audit";

import { AuditEntryRow } from "./audit-entry-row";
import { AuditFiltersBar } from "./audit-filters";
import { useAuditUrlFilters } from "./use-audit-url-filters";

/** "whose action starts with “user.” by an admin matching “ana” from 2026-12-01": the empty state's reason. */
function describeFilters(f: AuditFilters): string {
  const parts = [
    f.action && `whose action starts with “${f.action}”`,
    f.actor && `by an admin whose email contains “${f.actor}”`,
    f.target && `on “${f.target}”`,
    f.from && `from ${f.from}`,
    f.to && `up to ${f.to}`,
  ].filter(Boolean);
  return parts.join(", ");
}

/** /admin/audit: newest first, filtered by action, actor, target and days (kept in the URL), older pages on demand. */
export function AuditLogView() {
  const { filters, update } = useAuditUrlFilters();
  const log = useAuditLog(filters);
  const entries = log.data?.pages.flatMap((p) => p.entries) ?? [];
  const narrowed = describeFilters(filters);
  return (
    <Panel>
      <AuditFiltersBar filters={filters} onChange={update} />
      <QueryError error={log.error} what="load the audit log" />
      {log.isPending ? (
        <div role="status" aria-label="Loading the audit log" className="space-y-2">
          {[0, 1, 2, 3].map((i) => (
            <Skeleton key={i} className="h-10 w-full" />
          ))}
        </div>
      ) : entries.length === 0 ? (
        <EmptyState>
          {narrowed ? `No entries ${narrowed}.` : "Nothing recorded yet: admin actions and role changes appear here."}
        </EmptyState>
      ) : (
        <>
          <ul aria-label="Audit log" className="divide-y divide-zinc-200 dark:divide-zinc-800">
            {entries.map((e) => (
              <AuditEntryRow key={e.id} entry={e} onFilter={update} />
            ))}
          </ul>
          {log.hasNextPage ? (
            <div className="mt-3 text-center">
              <button
                type="button"
                className={adminButtonClass()}
                disabled={log.isFetchingNextPage}
                onClick={() => void log.fetchNextPage()}
              >
                {log.isFetchingNextPage ? "Loading…" : "Load older entries"}
              </button>
            </div>
          ) : null}
        </>
      )}
    </Panel>
  );
}
