import "server-only";

import { getDb } from "@/lib/accounts-db/get-db";
import { AppError } from "@/lib/errors/app-error";

import type { AdminListing } from "./listing-schemas";
import { toAdminListings } from "./to-admin-listings";

/** One listing as the console shows it, or 404 when the game has none. */
export async function getAdminListing(gameId: number, { now = new Date() } = {}): Promise<AdminListing> {
  const db = await getDb();
  const row = await db.listing.findUnique({ where: { gameId }, include: { prices: { select: { currency: true, amount: true } } } });
  if (!row) throw new AppError("not_found", `Game ${gameId} has no listing.`);
  const [listing] = await toAdminListings(db, [row], now);
  return listing!;
}
