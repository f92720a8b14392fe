// Listings, prices, sales and price history written straight through Prisma, as the admin tools of the next
// issue will, so the read side can be tested against rows a test controls.
import { getDb } from "@/lib/accounts-db/get-db";
import type { Currency } from "@/lib/money";

export const DAY_MS = 24 * 60 * 60 * 1000;
export const daysFrom = (now: Date, days: number) => new Date(now.getTime() + days * DAY_MS);

let nextGameId = 900_000;
/** A game id no other test of the file uses (the store keeps no foreign key to the catalog). */
export const freshGameId = () => nextGameId++;

export async function createListing(
  gameId: number,
  prices: Partial<Record<Currency, string>>,
  { listedAt = new Date(), unlistedAt = null as Date | null } = {},
): Promise<string> {
  const db = await getDb();
  const listing = await db.listing.create({ data: { gameId, listedAt, unlistedAt } });
  await db.listingPrice.createMany({
    data: Object.entries(prices).map(([currency, amount]) => ({ listingId: listing.id, currency, amount, updatedAt: listedAt })),
  });
  return listing.id;
}

export async function createSale(listingIds: string[], percent: number, startsAt: Date, endsAt: Date): Promise<string> {
  const db = await getDb();
  const sale = await db.sale.create({ data: { name: `Test sale −${percent}%`, percent, startsAt, endsAt } });
  await db.saleItem.createMany({ data: listingIds.map((listingId) => ({ saleId: sale.id, listingId })) });
  return sale.id;
}

export async function addPriceChange(
  listingId: string,
  currency: Currency,
  effectiveFrom: Date,
  price: string,
  regularPrice = price,
  discountPercent = 0,
): Promise<void> {
  const db = await getDb();
  await db.priceChange.create({ data: { listingId, currency, effectiveFrom, price, regularPrice, discountPercent } });
}
