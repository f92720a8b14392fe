// The price each game sells for now in one currency: its listing's regular price and the deepest sale running,
// rounded once per line (discountLine). Absent from the map: not for sale (unlisted, or no price in it).
import type { Prisma } from "@/generated/prisma/client";
import { discountLine, normalizeAmount, type Currency } from "@/lib/money";

export interface CurrentPrice {
  regularPrice: string;
  discount: string;
  price: string;
}

export async function currentPrices(
  tx: Prisma.TransactionClient,
  gameIds: readonly number[],
  currency: Currency,
  now = new Date(),
): Promise<Map<number, CurrentPrice>> {
  const rows = await tx.$queryRaw<Array<{ gameId: number; regular: string; percent: number | null }>>`
    SELECT l."gameId" AS "gameId", lp.amount::text AS regular,
      (SELECT max(s.percent) FROM "SaleItem" si JOIN "Sale" s ON s.id = si."saleId"
        WHERE si."listingId" = l.id AND s."startsAt" <= ${now} AND s."endsAt" > ${now}) AS percent
    FROM "Listing" l JOIN "ListingPrice" lp ON lp."listingId" = l.id AND lp.currency = ${currency}
    WHERE l."gameId" = ANY(${[...gameIds]}::int[]) AND l."unlistedAt" IS NULL`;
  return new Map(
    rows.map((row) => {
      const { discount, price } = discountLine(row.regular, row.percent ?? 0, currency);
      return [Number(row.gameId), { regularPrice: normalizeAmount(row.regular), discount, price }];
    }),
  );
}
