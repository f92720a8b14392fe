import type { Connection } from "@/lib/query/use-admin-overview";

/** Whether points are arriving: "Live" on an open stream, "Reconnecting…" while EventSource retries. */
export function LiveBadge({ connection }: { connection: Connection }) {
  if (connection === "live") {
    return (
      <span
        role="status"
        className="inline-flex items-center gap-1.5 rounded-full bg-emerald-100 px-2.5 py-0.5 text-xs font-medium text-emerald-800 dark:bg-emerald-950 dark:text-emerald-300"
        data-testid="overview-connection"
      >
        <span aria-hidden className="size-2 animate-pulse rounded-full bg-emerald-500" />
        Live
      </span>
    );
  }
  return (
    <span
      role="status"
      className="inline-flex items-center gap-1.5 rounded-full bg-amber-100 px-2.5 py-0.5 text-xs font-medium text-amber-900 dark:bg-amber-950 dark:text-amber-300"
      data-testid="overview-connection"
    >
      <span aria-hidden className="size-2 rounded-full bg-amber-500" />
      {connection === "connecting" ? "Connecting…" : "Reconnecting…"}
    </span>
  );
}
