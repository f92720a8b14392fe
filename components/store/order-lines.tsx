import Link from "next/link";

import { GameCover } from "@/components/catalog/game-cover";
import { compareAmounts } from "@/lib/money/amount";
import type { OrderSummaryView } from "@/lib/query/order-view";

import { Money } from "./money";

/** Cover art per game id, looked up on the server from the catalog (the order API sends titles, not covers). */
export type OrderCovers = Record<number, string | null>;

/** The order's games (cover, title to the game page, price paid) and its totals. */
export function OrderLines({ order, covers }: { order: OrderSummaryView; covers: OrderCovers }) {
  const isPositive = (amount: string) => compareAmounts(amount, "0") > 0;
  const hasDiscount = isPositive(order.discount);
  return (
    <section aria-labelledby="order-lines-heading">
      <h2 id="order-lines-heading" className="sr-only">
        Games in this order
      </h2>
      <ul className="divide-y divide-zinc-200 dark:divide-zinc-800">
        {order.lines.map((line) => (
          <li key={line.game_id} className="flex items-center gap-3 py-3" data-testid="order-line">
            <div className="w-12 shrink-0 sm:w-14">
              <GameCover name={line.title} coverUrl={covers[line.game_id] ?? null} />
            </div>
            <div className="min-w-0 flex-1">
              {line.slug ? (
                <Link href={`/games/${line.slug}`} className="font-medium break-words hover:underline">
                  {line.title}
                </Link>
              ) : (
                <span className="font-medium break-words">{line.title}</span>
              )}
              {line.refunded ? <p className="text-xs text-zinc-600 dark:text-zinc-400">Refunded: no longer in your library</p> : null}
            </div>
            <div className="text-right text-sm">
              {isPositive(line.discount) ? (
                <p className="text-xs text-zinc-500 line-through">
                  <span className="sr-only">Regular price </span>
                  <Money amount={line.unit_price} currency={order.currency} />
                </p>
              ) : null}
              <Money amount={line.line_total} currency={order.currency} className="font-medium" />
            </div>
          </li>
        ))}
      </ul>
      <dl className="mt-2 space-y-1 border-t border-zinc-200 pt-3 text-sm dark:border-zinc-800">
        <div className="flex justify-between">
          <dt>Subtotal</dt>
          <dd>
            <Money amount={order.subtotal} currency={order.currency} />
          </dd>
        </div>
        {hasDiscount ? (
          <div className="flex justify-between text-emerald-700 dark:text-emerald-400 print:text-black">
            <dt>Discount</dt>
            <dd>
              −<Money amount={order.discount} currency={order.currency} />
            </dd>
          </div>
        ) : null}
        <div className="flex justify-between text-base font-semibold">
          <dt>Total</dt>
          <dd data-testid="order-total">
            <Money amount={order.total} currency={order.currency} />
          </dd>
        </div>
      </dl>
    </section>
  );
}
