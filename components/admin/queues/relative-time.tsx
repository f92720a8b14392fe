const UNITS: Array<[Intl.RelativeTimeFormatUnit, number]> = [
  ["day", 86_400_000],
  ["hour", 3_600_000],
  ["minute", 60_000],
  ["second", 1_000],
];
const format = new Intl.RelativeTimeFormat("en", { numeric: "auto", style: "short" });

/** "5 min. ago", "in 2 hr."; the exact time on hover. Re-rendered by the console's polling, so it stays current. */
export function relativeTime(at: number, now = Date.now()): string {
  const diff = at - now;
  for (const [unit, ms] of UNITS) if (Math.abs(diff) >= ms || unit === "second") return format.format(Math.round(diff / ms), unit);
  return "";
}

export function RelativeTime({ at, fallback = "—" }: { at: number | null; fallback?: string }) {
  if (at === null) return <span className="text-zinc-400">{fallback}</span>;
  const date = new Date(at);
  return (
    <time dateTime={date.toISOString()} title={date.toLocaleString()}>
      {relativeTime(at)}
    </time>
  );
}

/** "1.2 s", "3 min", "2 h" for a duration. */
export function formatDuration(ms: number): string {
  if (ms < 1_000) return `${ms} ms`;
  if (ms < 60_000) return `${(ms / 1_000).toFixed(1)} s`;
  if (ms < 3_600_000) return `${Math.round(ms / 60_000)} min`;
  return `${(ms / 3_600_000).toFixed(1)} h`;
}
