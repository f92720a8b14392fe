// How the console writes its numbers, on every page alike; "—" when there is nothing to say.
const DASH = "—";

export function formatRate(perSecond: number | null): string {
  if (perSecond === null) return DASH;
  return `${perSecond >= 10 ? Math.round(perSecond) : Math.round(perSecond * 100) / 100}/s`;
}

export function formatMs(ms: number | null): string {
  if (ms === null) return DASH;
  if (ms >= 1_000) return `${Math.round(ms / 100) / 10} s`;
  return `${ms >= 10 ? Math.round(ms) : Math.round(ms * 10) / 10} ms`;
}

/** 0.4567 → "45.7%", 0.5 → "50%"; null → "—". */
export function formatPercent(ratio: number | null | undefined): string {
  return ratio === null || ratio === undefined ? DASH : `${Math.round(ratio * 1000) / 10}%`;
}

/** "512 B", "12.3 KB", "1.4 GB" (binary units, like Redis' own used_memory_human). */
export function formatBytes(bytes: number | null | undefined): string {
  if (bytes === null || bytes === undefined) return DASH;
  const units = ["B", "KB", "MB", "GB", "TB"];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${unit === 0 ? value : value.toFixed(1)} ${units[unit]}`;
}

/** Axis labels: short, no unit (the chart's title says it). */
export const axisNumber = (value: number) =>
  Math.abs(value) >= 1_000 ? `${Math.round(value / 100) / 10}k` : String(Math.round(value * 100) / 100);
export const axisPercent = (value: number) => `${Math.round(value)}%`;
// Below 10 ms a decimal is kept: an idle drainer's axis runs 0–1 ms, which whole numbers label "0, 1, 1".
export const axisMs = (value: number) =>
  value >= 1_000 ? `${Math.round(value / 100) / 10}s` : value >= 10 ? `${Math.round(value)}ms` : `${Math.round(value * 10) / 10}ms`;
