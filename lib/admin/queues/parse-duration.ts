// Durations as operators type them ("15m", "1h", "24h", "7d"), shared by the jobs list's `since` filter and
// the clean action's `olderThan`, so the console's URL and the API speak the same short form.

const UNIT_MS = { s: 1_000, m: 60_000, h: 3_600_000, d: 86_400_000, w: 604_800_000 } as const;
const DURATION = /^(\d{1,6})(s|m|h|d|w)$/;

/** Milliseconds of "90s", "15m", "1h", "7d", "2w"; null for anything else. */
export function parseDuration(text: string): number | null {
  const match = DURATION.exec(text.trim().toLowerCase());
  if (!match) return null;
  return Number(match[1]) * UNIT_MS[match[2] as keyof typeof UNIT_MS];
}

/** The time filter's choices on the queue page ("all" sends no `since`). */
export const SINCE_CHOICES = [
  { value: "15m", label: "Last 15 min" },
  { value: "1h", label: "Last hour" },
  { value: "24h", label: "Last 24 hours" },
  { value: "7d", label: "Last 7 days" },
  { value: "all", label: "All time" },
] as const;

/** The clean action's age choices. */
export const CLEAN_AGE_CHOICES = [
  { value: "1h", label: "1 hour" },
  { value: "24h", label: "24 hours" },
  { value: "7d", label: "7 days" },
  { value: "0s", label: "any age" },
] as const;
