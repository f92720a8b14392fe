/** True for a real day as YYYY-MM-DD: Date.parse rolls 2026-02-30 over into March, and a filter should say the day does not exist. */
export function isCalendarDay(day: string): boolean {
  const [y, m, d] = day.split("-").map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}
