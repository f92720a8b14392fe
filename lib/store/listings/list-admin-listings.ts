import "server-only";

import type { Prisma } from "@/generated/prisma/client";
import { getDb } from "@/lib/accounts-db/get-db";

import { findGameIdsByTitle } from "./find-game-ids-by-title";
import type { AdminListingList, ListAdminListingsQuery } from "./listing-schemas";
import { toAdminListings } from "./to-admin-listings";

/**
 * The console's listings, a page at a time, by game id: filtered by listed/unlisted, and by a title or game id
 * (`q`: the catalog finds the titles, PostgreSQL the listings). Each with its prices and the sale that locks
 * them, if any.
 */
export async function listAdminListings(query: ListAdminListingsQuery, { now = new Date() } = {}): Promise<AdminListingList> {
  const db = await getDb();
  const where: Prisma.ListingWhereInput = {};
  if (query.listed === "listed") where.unlistedAt = null;
  if (query.listed === "unlisted") where.unlistedAt = { not: null };
  if (query.q) {
    const byId = /^\d{1,10}$/.test(query.q) ? [Number(query.q)] : [];
    where.gameId = { in: [...byId, ...findGameIdsByTitle(query.q)] };
  }
  const [total, rows] = await Promise.all([
    db.listing.count({ where }),
    db.listing.findMany({
      where,
      orderBy: { gameId: "asc" },
      take: query.limit,
      skip: query.offset,
      include: { prices: { select: { currency: true, amount: true } } },
    }),
  ]);
  return { listings: await toAdminListings(db, rows, now), total };
}
