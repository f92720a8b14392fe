"use client";

import { useEffect, useId, useState } from "react";

import { adminButtonClass } from "@/components/admin/admin-button";
import { EmptyState, Panel } from "@/components/admin/panel";
import { QueryError } from "@/components/admin/queues/query-error";
import { Skeleton } from "@/components/ui/skeleton";
import { inputClass, labelClass } from "@/components/ui/form-styles";
import { useAuditLog } from "@/lib/query/use-admin-audit";

import { AuditEntryRow } from "./audit-entry-row";

// The action families the console writes, offered as suggestions; any prefix can be typed.
const KNOWN_PREFIXES = ["user.", "cache.", "job.", "queue.", "catalog.", "game."];

/** /admin/audit: newest first, filtered by action prefix, older pages on demand. */
export function AuditLogView() {
  const inputId = useId();
  const [draft, setDraft] = useState("");
  const [action, setAction] = useState("");
  useEffect(() => {
    const timer = setTimeout(() => setAction(draft.trim()), 250);
    return () => clearTimeout(timer);
  }, [draft]);
  const log = useAuditLog(action);
  const entries = log.data?.pages.flatMap((p) => p.entries) ?? [];
  return (
    <Panel>
      <div className="mb-4 sm:max-w-xs">
        <label htmlFor={inputId} className={labelClass}>
          Filter by action
        </label>
        <input id={inputId} type="search" list={`${inputId}-actions`} className={`${inputClass} font-mono`} placeholder="user." value={draft} onChange={(e) => setDraft(e.target.value)} />
        <datalist id={`${inputId}-actions`}>
          {KNOWN_PREFIXES.map((p) => <option key={p} value={p} />)}
        </datalist>
      </div>
      <QueryError error={log.error} what="load the audit log" />
      {log.isPending ? (
        <div role="status" aria-label="Loading the audit log" className="space-y-2">
          {[0, 1, 2, 3].map((i) => <Skeleton key={i} className="h-10 w-full" />)}
        </div>
      ) : entries.length === 0 ? (
        <EmptyState>{action ? `No entries whose action starts with “${action}”.` : "Nothing recorded yet: admin actions and role changes appear here."}</EmptyState>
      ) : (
        <>
          <ul aria-label="Audit log" className="divide-y divide-zinc-200 dark:divide-zinc-800">
            {entries.map((e) => <AuditEntryRow key={e.id} entry={e} />)}
          </ul>
          {log.hasNextPage ? (
            <div className="mt-3 text-center">
              <button type="button" className={adminButtonClass()} disabled={log.isFetchingNextPage} onClick={() => void log.fetchNextPage()}>
                {log.isFetchingNextPage ? "Loading…" : "Load older entries"}
              </button>
            </div>
          ) : null}
        </>
      )}
    </Panel>
  );
}
