import { EmptyState } from "@/components/admin/panel";
import type { SalesReport } from "@/lib/admin/sales/schemas";
import { formatMoney } from "@/lib/money/format-money";

const th = "py-1 pr-2 font-medium";
const num = "py-1 pr-2 text-right tabular-nums";

/** The best sellers of the range per currency: units, revenue and refunds. */
export function TopSellersTable({ report }: { report: SalesReport }) {
  if (report.topSellers.length === 0) return <EmptyState>No game sold in this range.</EmptyState>;
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-sm" aria-label="Top sellers">
        <thead className="text-left text-xs text-zinc-500">
          <tr>
            <th className={th}>Game</th>
            <th className={`${th} text-right`}>Units</th>
            <th className={`${th} text-right`}>Revenue</th>
            <th className={`${th} text-right`}>Refunded</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-zinc-200 dark:divide-zinc-800">
          {report.topSellers.map((g) => (
            <tr key={`${g.gameId}-${g.currency}`} data-testid="top-seller">
              <td className="py-1 pr-2">{g.title ?? `Game ${g.gameId}`}</td>
              <td className={num}>{g.units}</td>
              <td className={num}>{formatMoney(g.revenue, g.currency)}</td>
              <td className={num}>
                {g.refundedUnits} · {formatMoney(g.refunds, g.currency)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Each sale in the range: its games' units per day during it against the 28 days before. */
export function UpliftTable({ report }: { report: SalesReport }) {
  if (report.uplift.length === 0) return <EmptyState>No sale ran in this range.</EmptyState>;
  return (
    <div className="space-y-4">
      {report.uplift.map((sale) => (
        <div key={sale.saleId}>
          <p className="text-sm font-medium">
            {sale.name} · {sale.percent}% off · {sale.startsAt.slice(0, 10)} to {sale.endsAt.slice(0, 10)}
          </p>
          <div className="overflow-x-auto">
            <table className="w-full text-sm" aria-label={`Uplift of ${sale.name}`}>
              <thead className="text-left text-xs text-zinc-500">
                <tr>
                  <th className={th}>Game</th>
                  <th className={`${th} text-right`}>Per day before</th>
                  <th className={`${th} text-right`}>Per day during</th>
                  <th className={`${th} text-right`}>Uplift</th>
                </tr>
              </thead>
              <tbody className="divide-y divide-zinc-200 dark:divide-zinc-800">
                {sale.games.map((g) => (
                  <tr key={g.gameId}>
                    <td className="py-1 pr-2">{g.title ?? `Game ${g.gameId}`}</td>
                    <td className={num}>{g.perDayBefore}</td>
                    <td className={num}>{g.perDayDuring}</td>
                    <td className={num}>{g.upliftPercent === null ? "new" : `${g.upliftPercent}%`}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </div>
      ))}
    </div>
  );
}
