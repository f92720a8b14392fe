import type { TimelineEntry } from "@/lib/admin/orders/schemas";

/** The order's history, oldest first: outbox events (what the system did) and audit entries (what an admin did). */
export function OrderTimeline({ entries }: { entries: TimelineEntry[] }) {
  if (entries.length === 0) return <p className="text-sm text-zinc-500">No events recorded for this order.</p>;
  return (
    <ol aria-label="Order timeline" className="space-y-3 border-l border-zinc-200 pl-4 dark:border-zinc-800">
      {entries.map((e, i) => (
        <li key={`${e.at}-${i}`} data-testid="timeline-entry" className="relative text-sm">
          <span
            aria-hidden
            className={`absolute top-1.5 -left-[21px] size-2.5 rounded-full ${e.source === "audit" ? "bg-amber-500" : "bg-brand-600"}`}
          />
          <p>
            {e.summary}
            {e.actor ? <span className="text-zinc-500"> · by {e.actor}</span> : null}
          </p>
          <p className="text-xs text-zinc-500">
            <code>{e.type}</code> · <time dateTime={e.at}>{new Date(e.at).toLocaleString()}</time>
          </p>
        </li>
      ))}
    </ol>
  );
}
