import "server-only";

import { logger } from "@/lib/log/logger";

import { endSaleJob, enqueueSaleBoundary, startSaleJob } from "./jobs/sale-boundary-jobs";

/**
 * Enqueues a new sale's start and end as delayed jobs. After the sale's commit; a failure (Redis down) is
 * logged, not thrown: the sale exists, and the every-minute sweep applies its boundaries when they are due.
 */
export async function scheduleSaleJobs(sale: { id: string; startsAt: Date; endsAt: Date }): Promise<void> {
  try {
    await enqueueSaleBoundary(startSaleJob, sale.id, sale.startsAt);
    await enqueueSaleBoundary(endSaleJob, sale.id, sale.endsAt);
  } catch (error) {
    logger.warn({ err: error, saleId: sale.id }, "sale jobs not enqueued; the sweep will apply the sale");
  }
}
