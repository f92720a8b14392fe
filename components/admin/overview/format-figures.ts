// How the overview writes its numbers; "—" when there is nothing to say.
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

export function formatPercent(ratio: number | null): string {
  return ratio === null ? DASH : `${Math.round(ratio * 1000) / 10}%`;
}

/** Axis labels: short, no unit (the chart's title says it). */
export const axisNumber = (value: number) => (Math.abs(value) >= 1_000 ? `${Math.round(value / 100) / 10}k` : String(Math.round(value * 100) / 100));
export const axisPercent = (value: number) => `${Math.round(value)}%`;
// Below 10 ms a decimal is kept: an idle drainer's axis runs 0–1 ms, which whole numbers label "0, 1, 1".
export const axisMs = (value: number) =>
  value >= 1_000 ? `${Math.round(value / 100) / 10}s` : value >= 10 ? `${Math.round(value)}ms` : `${Math.round(value * 10) / 10}ms`;
