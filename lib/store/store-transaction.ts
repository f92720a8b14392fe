import type { Prisma } from "@/generated/prisma/client";
import { getDb } from "@/lib/accounts-db/get-db";
import { nudgeRelay } from "@/lib/events/nudge-relay";

/**
 * A store state change: one transaction on the accounts database (the change and its outbox events commit
 * together), then a nudge so this process's relay publishes the events within milliseconds, not at its next poll.
 */
export async function storeTransaction<T>(work: (tx: Prisma.TransactionClient) => Promise<T>): Promise<T> {
  const db = await getDb();
  const result = await db.$transaction(work);
  nudgeRelay();
  return result;
}
