"use client";

import { useDeferredValue, useId, useState } from "react";

import { adminButtonClass } from "@/components/admin/admin-button";
import { Panel } from "@/components/admin/panel";
import { QueryError } from "@/components/admin/queues/query-error";
import { inputClass, labelClass } from "@/components/ui/form-styles";
import { formatMoney, SELLABLE_CURRENCIES } from "@/lib/money";
import { useCreateSale, useSalePreview } from "@/lib/query/use-admin-store";
import { MAX_SALE_PERCENT, MIN_SALE_PERCENT } from "@/lib/store/sales/sale-rules";

import { GamePicker, type PickedGame } from "./game-picker";

const HOUR = 3_600_000;

/** A Date as the value of <input type="datetime-local"> (local time, minutes). */
function toLocalInput(date: Date): string {
  const local = new Date(date.getTime() - date.getTimezoneOffset() * 60_000);
  return local.toISOString().slice(0, 16);
}

function toIso(local: string): string | null {
  const date = new Date(local);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

/** Schedules a sale: name, percentage, start and end, games; the storefront prices and the broken rules show live. */
export function SaleForm() {
  const ids = { name: useId(), percent: useId(), start: useId(), end: useId() };
  const [name, setName] = useState("");
  const [percent, setPercent] = useState("25");
  const [start, setStart] = useState(() => toLocalInput(new Date(Math.ceil(Date.now() / HOUR) * HOUR)));
  const [end, setEnd] = useState(() => toLocalInput(new Date(Math.ceil(Date.now() / HOUR) * HOUR + 7 * 24 * HOUR)));
  const [games, setGames] = useState<PickedGame[]>([]);
  const create = useCreateSale();
  const pct = Number(percent);
  const validPercent = Number.isInteger(pct) && pct >= MIN_SALE_PERCENT && pct <= MAX_SALE_PERCENT;
  const startsAt = toIso(start);
  const endsAt = toIso(end);
  const draft = useDeferredValue(
    games.length > 0 && validPercent
      ? { percent: pct, game_ids: games.map((g) => g.id), ...(startsAt && endsAt ? { starts_at: startsAt, ends_at: endsAt } : {}) }
      : null,
  );
  const preview = useSalePreview(draft);
  return (
    <Panel title="Schedule a sale">
      <form
        aria-label="Schedule a sale"
        className="space-y-4"
        onSubmit={(e) => {
          e.preventDefault();
          if (!startsAt || !endsAt) return;
          create.mutate(
            { name, percent: pct, starts_at: startsAt, ends_at: endsAt, game_ids: games.map((g) => g.id) },
            {
              onSuccess: () => {
                setGames([]);
                setName("");
              },
            },
          );
        }}
      >
        <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
          <div>
            <label htmlFor={ids.name} className={labelClass}>
              Name
            </label>
            <input id={ids.name} className={inputClass} required maxLength={120} value={name} onChange={(e) => setName(e.target.value)} />
          </div>
          <div>
            <label htmlFor={ids.percent} className={labelClass}>
              Percent off ({MIN_SALE_PERCENT}–{MAX_SALE_PERCENT})
            </label>
            <input
              id={ids.percent}
              type="number"
              className={inputClass}
              required
              min={MIN_SALE_PERCENT}
              max={MAX_SALE_PERCENT}
              step={1}
              value={percent}
              onChange={(e) => setPercent(e.target.value)}
            />
          </div>
          <div>
            <label htmlFor={ids.start} className={labelClass}>
              Starts
            </label>
            <input
              id={ids.start}
              type="datetime-local"
              className={inputClass}
              required
              value={start}
              onChange={(e) => setStart(e.target.value)}
            />
            <button
              type="button"
              className="mt-1 text-xs text-brand-700 underline dark:text-brand-300"
              onClick={() => setStart(toLocalInput(new Date(Date.now() + 60_000)))}
            >
              In a minute
            </button>
          </div>
          <div>
            <label htmlFor={ids.end} className={labelClass}>
              Ends
            </label>
            <input
              id={ids.end}
              type="datetime-local"
              className={inputClass}
              required
              value={end}
              onChange={(e) => setEnd(e.target.value)}
            />
          </div>
        </div>
        <p className="text-xs text-zinc-500">
          Steam&apos;s rules: 1 day to 2 weeks; no overlapping sales on a game; a cooldown between sales of a game; listed games only; base
          prices are locked while a sale is scheduled or live.
        </p>
        <GamePicker picked={games} onChange={setGames} />
        {preview.data && draft ? (
          <div className="space-y-2" aria-live="polite">
            {preview.data.problems.map((problem) => (
              <p key={problem.code} className="text-sm text-red-700 dark:text-red-300" data-testid="sale-problem">
                {problem.message}
                {problem.game_ids.length > 0
                  ? ` (games ${problem.game_ids.slice(0, 5).join(", ")}${problem.game_ids.length > 5 ? ", …" : ""})`
                  : ""}
              </p>
            ))}
            <div className="overflow-x-auto">
              <table className="w-full text-left text-sm">
                <caption className="mb-1 text-left text-xs text-zinc-500">Storefront price during the sale</caption>
                <thead className="text-xs text-zinc-500">
                  <tr>
                    <th className="py-1 pr-3">Game</th>
                    {SELLABLE_CURRENCIES.map((c) => (
                      <th key={c} className="py-1 pr-3">
                        {c}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody className="divide-y divide-zinc-200 dark:divide-zinc-800">
                  {preview.data.games.map((game) => (
                    <tr key={game.game_id}>
                      <td className="py-1 pr-3">{game.title ?? `Game ${game.game_id}`}</td>
                      {SELLABLE_CURRENCIES.map((c) => (
                        <td key={c} className="py-1 pr-3 whitespace-nowrap">
                          {game.prices[c] ? (
                            <>
                              <s className="text-zinc-500">{formatMoney(game.prices[c].regular_price, c)}</s>{" "}
                              {formatMoney(game.prices[c].price, c)}
                            </>
                          ) : (
                            "—"
                          )}
                        </td>
                      ))}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </div>
        ) : null}
        <QueryError error={preview.error} what="preview the sale" />
        <QueryError error={create.error} what="schedule the sale" />
        {create.data && !create.error ? (
          <p role="status" className="text-sm text-emerald-700 dark:text-emerald-300">
            “{create.data.name}” is scheduled: {create.data.game_count} games at −{create.data.percent}%.
          </p>
        ) : null}
        <button
          type="submit"
          className={adminButtonClass("primary")}
          disabled={create.isPending || games.length === 0 || !validPercent || !name.trim()}
        >
          {create.isPending ? "Scheduling…" : "Schedule sale"}
        </button>
      </form>
    </Panel>
  );
}
