import "server-only";

import { getDb } from "@/lib/accounts-db/get-db";
import { AppError } from "@/lib/errors/app-error";
import { forgetStorePrices } from "@/lib/store/pricing/list-store-prices";

import { checkSaleRules } from "./check-sale-rules";
import type { AdminSale, CreateSaleBody } from "./sale-schemas";
import { takeSalesLock } from "./sales-lock";
import { scheduleSaleJobs } from "./schedule-sale-jobs";
import { toAdminSale } from "./to-admin-sale";

/**
 * Schedules a sale after Steam's guard-rails (checkSaleRules), refusing with 409 and the first rule broken as
 * the code (every broken rule in `details.problems`), then enqueues its start and end jobs. The check and the
 * insert share one transaction under the sales lock, so two sales that would overlap cannot both pass.
 *
 * @example
 * await createSale({ name: "Spring Sale", percent: 40, starts_at, ends_at, game_ids: [1942] }, admin.id);
 */
export async function createSale(body: CreateSaleBody, createdBy: string | null, { now = new Date() } = {}): Promise<AdminSale> {
  const db = await getDb();
  const sale = await db.$transaction(
    async (tx) => {
      await takeSalesLock(tx);
      const problems = await checkSaleRules(tx, { gameIds: body.game_ids, startsAt: body.starts_at, endsAt: body.ends_at }, now);
      const [first] = problems;
      if (first) throw new AppError(first.code, first.message, { game_ids: first.game_ids, sale_ids: first.sale_ids, problems });
      const listings = await tx.listing.findMany({ where: { gameId: { in: body.game_ids } }, select: { id: true } });
      return tx.sale.create({
        data: {
          name: body.name,
          percent: body.percent,
          startsAt: body.starts_at,
          endsAt: body.ends_at,
          createdBy,
          items: { createMany: { data: listings.map((listing) => ({ listingId: listing.id })) } },
        },
      });
    },
    { timeout: 30_000, maxWait: 30_000 },
  );
  await scheduleSaleJobs(sale);
  // The cached search price lists expire at the next boundary they knew of; this sale's start is a new one.
  forgetStorePrices();
  return toAdminSale({ ...sale, gameIds: [...body.game_ids].sort((a, b) => a - b) }, now);
}
