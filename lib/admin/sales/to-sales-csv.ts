import type { SalesReport } from "./schemas";

/** A CSV field: quoted when it holds a comma, quote or line break; a leading =, +, - or @ is defused (spreadsheet formulas). */
function field(value: string | number | null): string {
  let text = value === null ? "" : String(value);
  if (typeof value === "string" && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

const csv = (header: string[], rows: Array<Array<string | number | null>>) =>
  [header, ...rows].map((row) => row.map(field).join(",")).join("\r\n") + "\r\n";

/** One table of the sales report as CSV (RFC 4180, CRLF): revenue by day and currency, top sellers, or checkouts by day. */
export function toSalesCsv(report: SalesReport, kind: "days" | "games" | "checkouts"): string {
  if (kind === "games") {
    return csv(
      ["game_id", "title", "currency", "units", "revenue", "refunded_units", "refunds"],
      report.topSellers.map((g) => [g.gameId, g.title, g.currency, g.units, g.revenue, g.refundedUnits, g.refunds]),
    );
  }
  if (kind === "checkouts") {
    return csv(
      ["day", "placed", "paid", "failed", "expired", "refunded"],
      report.checkouts.days.map((d) => [d.day, d.placed, d.paid, d.failed, d.expired, d.refunded]),
    );
  }
  return csv(
    ["day", "currency", "orders", "units", "revenue", "refunds"],
    report.days.map((d) => [d.day, d.currency, d.orders, d.units, d.revenue, d.refunds]),
  );
}
