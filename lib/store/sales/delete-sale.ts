import "server-only";

import { getDb } from "@/lib/accounts-db/get-db";
import { AppError } from "@/lib/errors/app-error";
import { forgetStorePrices } from "@/lib/store/pricing/list-store-prices";

import { takeSalesLock } from "./sales-lock";

/**
 * Deletes a sale that has not started (its start time still ahead, and its start job not run): 409
 * `sale_already_started` otherwise, since a started sale is in the price history and players have seen it. Its
 * delayed jobs stay queued and find no sale (a no-op). Returns what was deleted, for the audit log.
 */
export async function deleteSale(saleId: string, { now = new Date() } = {}): Promise<{ name: string; percent: number; gameCount: number }> {
  const db = await getDb();
  const deleted = await db.$transaction(async (tx) => {
    await takeSalesLock(tx);
    const sale = await tx.sale.findUnique({ where: { id: saleId }, include: { _count: { select: { items: true } } } });
    if (!sale) throw new AppError("not_found", "No sale has this id.");
    if (sale.startedAt !== null || sale.startsAt <= now)
      throw new AppError("sale_already_started", "A sale can be deleted only before it starts.", {
        starts_at: sale.startsAt.toISOString(),
      });
    await tx.sale.delete({ where: { id: saleId } });
    return { name: sale.name, percent: Number(sale.percent), gameCount: sale._count.items };
  });
  forgetStorePrices(); // a cached search price list may expire at this sale's start, which is gone
  return deleted;
}
