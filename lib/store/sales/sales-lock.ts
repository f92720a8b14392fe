import "server-only";

import type { Prisma } from "@/generated/prisma/client";

// Any constant the writers agree on. Scheduling a sale and editing base prices both check the other's rows
// (overlap and cooldown; "no base-price edits while a sale is live or scheduled"), so they serialise on it:
// two admins cannot schedule overlapping sales, nor edit a price while the sale that locks it is being written.
const SALES_LOCK_KEY = 7_160_001;

/** Takes the sales lock until the caller's transaction ends. */
export async function takeSalesLock(tx: Prisma.TransactionClient): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(${SALES_LOCK_KEY})`;
}
