import { RelativeTime } from "@/components/admin/queues/relative-time";
import type { AuditLogEntry } from "@/lib/admin/audit/schemas";

/** Who did it: the admin's email, "API token" for scripts, "system" for jobs and bootstrap. */
export function auditActorLabel(entry: AuditLogEntry): string {
  if (entry.actor) return entry.actor.email ?? `deleted user ${entry.actor.id}`;
  const via = typeof entry.details === "object" && entry.details !== null ? (entry.details as Record<string, unknown>).via : undefined;
  return via === "admin-api-token" ? "API token" : "system";
}

const hasDetails = (details: unknown) => typeof details === "object" && details !== null && Object.keys(details).length > 0;

const filterButtonClass = "rounded text-left hover:underline focus-visible:underline";

/**
 * One audit entry: who, what, which target, when (exact time on hover), details folded. The actor and the
 * target are buttons that narrow the log to them.
 */
export function AuditEntryRow({
  entry,
  onFilter,
}: {
  entry: AuditLogEntry;
  onFilter: (changes: { actor?: string; target?: string }) => void;
}) {
  const actor = auditActorLabel(entry);
  const email = entry.actor?.email;
  return (
    <li data-testid="audit-entry" className="py-3">
      <div className="flex flex-col gap-1 sm:flex-row sm:items-baseline sm:justify-between sm:gap-3">
        <p className="min-w-0 text-sm">
          {email ? (
            <button
              type="button"
              className={`${filterButtonClass} font-medium break-all`}
              title={`Only entries by ${email}`}
              onClick={() => onFilter({ actor: email })}
              data-testid="audit-actor"
            >
              {actor}
            </button>
          ) : (
            <span className={entry.actor ? "font-medium" : "font-medium text-zinc-500"} data-testid="audit-actor">
              {actor}
            </span>
          )}{" "}
          <code className="rounded bg-zinc-100 px-1.5 py-0.5 text-xs dark:bg-zinc-800" data-testid="audit-action">
            {entry.action}
          </code>{" "}
          <button
            type="button"
            className={`${filterButtonClass} font-mono text-xs break-all text-zinc-600 dark:text-zinc-400`}
            title={`Only entries on ${entry.target}`}
            onClick={() => onFilter({ target: entry.target })}
            data-testid="audit-target"
          >
            {entry.target}
          </button>
        </p>
        <span className="shrink-0 text-xs text-zinc-500">
          <RelativeTime at={Date.parse(entry.createdAt)} />
        </span>
      </div>
      {hasDetails(entry.details) ? (
        <details className="mt-1 text-xs">
          <summary className="cursor-pointer text-zinc-500 select-none hover:text-zinc-700 dark:hover:text-zinc-300">Details</summary>
          <pre className="mt-1 max-h-64 overflow-auto rounded bg-zinc-50 p-2 [overflow-wrap:anywhere] whitespace-pre-wrap dark:bg-zinc-950">
            {JSON.stringify(entry.details, null, 2)}
          </pre>
        </details>
      ) : null}
    </li>
  );
}
