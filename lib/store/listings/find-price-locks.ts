import "server-only";

import type { Prisma } from "@/generated/prisma/client";

export interface PriceLock {
  listingId: string;
  gameId: number;
  sale: { id: string; name: string; starts_at: string; ends_at: string };
}

/**
 * The sale that locks each of these listings' base prices: Steam's rule, "no base-price edits while a sale is
 * live or scheduled", so a sale is announced against the price it was planned with. Any sale not yet ended
 * counts; the soonest one is given.
 */
export async function findPriceLocks(
  db: Prisma.TransactionClient,
  listingIds: readonly string[],
  now: Date,
): Promise<Map<string, PriceLock>> {
  if (listingIds.length === 0) return new Map();
  const rows = await db.$queryRaw<Array<{ listingId: string; gameId: number; id: string; name: string; startsAt: Date; endsAt: Date }>>`
    SELECT DISTINCT ON (si."listingId") si."listingId", l."gameId" AS "gameId", s.id, s.name, s."startsAt", s."endsAt"
    FROM "SaleItem" si JOIN "Sale" s ON s.id = si."saleId" JOIN "Listing" l ON l.id = si."listingId"
    WHERE si."listingId" = ANY(${[...listingIds]}::text[]) AND s."endsAt" > ${now}
    ORDER BY si."listingId", s."startsAt"`;
  return new Map(
    rows.map((row) => [
      row.listingId,
      {
        listingId: row.listingId,
        gameId: Number(row.gameId),
        sale: { id: row.id, name: row.name, starts_at: new Date(row.startsAt).toISOString(), ends_at: new Date(row.endsAt).toISOString() },
      },
    ]),
  );
}
