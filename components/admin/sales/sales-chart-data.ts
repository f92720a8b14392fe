import type { ChartSeries } from "@/components/admin/charts/time-series-chart";
import type { SalesReport } from "@/lib/admin/sales/schemas";

const DAY_MS = 86_400_000;
const COLOR = { sky: "#0ea5e9", violet: "#8b5cf6", emerald: "#10b981", amber: "#f59e0b", rose: "#f43f5e" };

/** Every day of the range, as ms at UTC midnight, so days without sales plot as zero rather than vanish. */
export function rangeDays(from: string, to: string): number[] {
  const days: number[] = [];
  for (let t = Date.parse(`${from}T00:00:00Z`); t <= Date.parse(`${to}T00:00:00Z`); t += DAY_MS) days.push(t);
  return days;
}

const dayKey = (t: number) => new Date(t).toISOString().slice(0, 10);

// Charts draw numbers; parseFloat here is for drawing only (a pixel needs no cent). Every figure a person
// reads (tiles, tables, CSV) is the exact decimal string the API sent.
const plotted = (amount: string) => Number.parseFloat(amount);

/** Revenue (left axis) and units (right axis) per day, for one currency. */
export function revenueSeries(report: SalesReport, currency: string, times: readonly number[]): ChartSeries[] {
  const byDay = new Map(report.days.filter((d) => d.currency === currency).map((d) => [d.day, d]));
  return [
    { label: `Revenue (${currency})`, color: COLOR.emerald, values: times.map((t) => plotted(byDay.get(dayKey(t))?.revenue ?? "0")) },
    {
      label: `Refunds (${currency})`,
      color: COLOR.rose,
      values: times.map((t) => plotted(byDay.get(dayKey(t))?.refunds ?? "0")),
      dashed: true,
    },
    { label: "Units", color: COLOR.sky, values: times.map((t) => byDay.get(dayKey(t))?.units ?? 0), axis: "right" },
  ];
}

/** Checkouts placed, paid, failed and expired per day. */
export function checkoutSeries(report: SalesReport, times: readonly number[]): ChartSeries[] {
  const byDay = new Map(report.checkouts.days.map((d) => [d.day, d]));
  const line = (label: string, color: string, key: "placed" | "paid" | "failed" | "expired"): ChartSeries => ({
    label,
    color,
    values: times.map((t) => byDay.get(dayKey(t))?.[key] ?? 0),
  });
  return [
    line("Placed", COLOR.violet, "placed"),
    line("Paid", COLOR.emerald, "paid"),
    line("Expired", COLOR.amber, "expired"),
    line("Failed", COLOR.rose, "failed"),
  ];
}
