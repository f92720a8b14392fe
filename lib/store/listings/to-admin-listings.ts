import "server-only";

import type { Prisma } from "@/generated/prisma/client";
import type { Currency } from "@/lib/money";

import { findPriceLocks } from "./find-price-locks";
import { gameTitles } from "./game-titles";
import type { AdminListing } from "./listing-schemas";

interface ListingRow {
  id: string;
  gameId: number;
  listedAt: Date;
  unlistedAt: Date | null;
  prices: Array<{ currency: string; amount: Prisma.Decimal }>;
}

/** Listings as the console shows them: titles from the catalog, prices as strings, and the sale locking them. */
export async function toAdminListings(db: Prisma.TransactionClient, rows: readonly ListingRow[], now: Date): Promise<AdminListing[]> {
  const titles = gameTitles(rows.map((row) => row.gameId));
  const locks = await findPriceLocks(
    db,
    rows.map((row) => row.id),
    now,
  );
  return rows.map((row) => ({
    game_id: row.gameId,
    title: titles.get(row.gameId)?.title ?? null,
    slug: titles.get(row.gameId)?.slug ?? null,
    listed: row.unlistedAt === null,
    listed_at: row.listedAt.toISOString(),
    unlisted_at: row.unlistedAt?.toISOString() ?? null,
    prices: Object.fromEntries(row.prices.map((p) => [p.currency as Currency, p.amount.toFixed(2)])),
    locked_by_sale: locks.get(row.id)?.sale ?? null,
  }));
}
