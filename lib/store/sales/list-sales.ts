import "server-only";

import type { Prisma } from "@/generated/prisma/client";
import { getDb } from "@/lib/accounts-db/get-db";
import { gameTitles } from "@/lib/store/listings/game-titles";

import type { AdminSale, ListSalesQuery } from "./sale-schemas";
import { toAdminSale } from "./to-admin-sale";

/**
 * The console's sales: scheduled ones first (soonest start first), then live (soonest end first), then ended
 * (latest first), or one status. Each with its game count and first games by title.
 */
export async function listSales(query: ListSalesQuery, { now = new Date() } = {}): Promise<{ sales: AdminSale[]; total: number }> {
  const db = await getDb();
  const where: Record<ListSalesQuery["status"], Prisma.SaleWhereInput> = {
    all: {},
    scheduled: { startsAt: { gt: now } },
    live: { startsAt: { lte: now }, endsAt: { gt: now } },
    ended: { endsAt: { lte: now } },
  };
  const filter = where[query.status];
  const [total, ids] = await Promise.all([
    db.sale.count({ where: filter }),
    // Status order needs the clock, so it is a raw ORDER BY; the page is then read through Prisma.
    db.$queryRaw<Array<{ id: string }>>`
      SELECT id FROM "Sale"
      WHERE (${query.status} = 'all')
         OR (${query.status} = 'scheduled' AND "startsAt" > ${now})
         OR (${query.status} = 'live' AND "startsAt" <= ${now} AND "endsAt" > ${now})
         OR (${query.status} = 'ended' AND "endsAt" <= ${now})
      ORDER BY CASE WHEN "startsAt" > ${now} THEN 0 WHEN "endsAt" > ${now} THEN 1 ELSE 2 END,
               CASE WHEN "startsAt" > ${now} THEN "startsAt" WHEN "endsAt" > ${now} THEN "endsAt" END ASC NULLS LAST,
               "endsAt" DESC, id
      LIMIT ${query.limit} OFFSET ${query.offset}`,
  ]);
  const rows = await db.sale.findMany({
    where: { id: { in: ids.map((row) => row.id) } },
    include: { items: { select: { listing: { select: { gameId: true } } } } },
  });
  const byId = new Map(rows.map((row) => [row.id, row]));
  const records = ids.flatMap(({ id }) => {
    const row = byId.get(id);
    if (!row) return [];
    const gameIds = row.items.map((item) => item.listing.gameId).sort((a, b) => a - b);
    return [{ ...row, gameIds }];
  });
  const titles = gameTitles(records.flatMap((record) => record.gameIds.slice(0, 10)));
  return { sales: records.map((record) => toAdminSale(record, now, titles)), total };
}
