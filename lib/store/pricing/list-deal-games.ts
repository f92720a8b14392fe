import "server-only";

import { loadGameSummaries } from "@/lib/catalog/load-game-summaries";
import type { GameSummary } from "@/lib/catalog/schemas";
import type { Currency } from "@/lib/money";

import type { ListDealsQuery } from "./deal-schemas";
import { listDeals, type Deal, type DealsPage } from "./list-deals";

export type DealGame = GameSummary & Pick<Deal, "offer" | "is_all_time_low">;

/**
 * A page of deals with each game's catalog summary (cover, title, year, platforms: what a search result
 * carries) beside its offer, for GET /api/deals and the /deals page. A listed game an admin has since hidden
 * from the catalog is left out of the page.
 *
 * @example
 * const { results } = await listDealGames({ sort: "discount", page: 1 }, "USD");
 */
export async function listDealGames(
  query: ListDealsQuery,
  currency: Currency,
  options: { now?: Date } = {},
): Promise<Omit<DealsPage, "deals"> & { results: DealGame[] }> {
  const { deals, ...page } = await listDeals(query, currency, options);
  const summaries = new Map(loadGameSummaries(deals.map((deal) => deal.game_id)).map((game) => [game.id, game]));
  const results = deals.flatMap((deal): DealGame[] => {
    const game = summaries.get(deal.game_id);
    return game ? [{ ...game, offer: deal.offer, is_all_time_low: deal.is_all_time_low }] : [];
  });
  return { ...page, results };
}
