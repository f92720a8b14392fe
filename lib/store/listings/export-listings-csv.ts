import "server-only";

import { getDb } from "@/lib/accounts-db/get-db";
import { SELLABLE_CURRENCIES } from "@/lib/money";

import { LISTINGS_CSV_COLUMNS } from "./parse-listings-csv";

/**
 * Every listing as CSV (`game_id,listed,USD,EUR,GBP,JPY`), by game id: the file the import takes back, so an
 * admin edits prices in a spreadsheet and imports them. Amounts as stored (two places), never through a float.
 */
export async function exportListingsCsv(): Promise<string> {
  const db = await getDb();
  const rows = await db.listing.findMany({
    orderBy: { gameId: "asc" },
    select: { gameId: true, unlistedAt: true, prices: { select: { currency: true, amount: true } } },
  });
  const lines = rows.map((row) => {
    const prices = new Map(row.prices.map((p) => [p.currency, p.amount.toFixed(2)]));
    return [row.gameId, row.unlistedAt === null, ...SELLABLE_CURRENCIES.map((currency) => prices.get(currency) ?? "")].join(",");
  });
  return [LISTINGS_CSV_COLUMNS.join(","), ...lines].join("\n") + "\n";
}
