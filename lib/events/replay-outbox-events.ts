import type { PrismaClient } from "@/generated/prisma/client";

import { applyEventOnce } from "./apply-event-once";
import type { EventConsumer } from "./define-event-consumer";
import { toEnvelope } from "./relay/outbox-row";

/**
 * Hands a consumer every event of its types already in OutboxEvent, oldest first (a backfill: a new consumer
 * only receives events published after it was bound). Each goes through applyEventOnce, so an event the
 * consumer already applied, or one the bus delivers while this runs, is applied once all the same: running it
 * twice, or beside the live bus, counts nothing twice.
 *
 * @example
 * await replayOutboxEvents(await getDb(), salesRollupsConsumer); // { applied: 1234, duplicate: 0 }
 */
export async function replayOutboxEvents(
  prisma: PrismaClient,
  consumer: EventConsumer,
  { batchSize = 500 }: { batchSize?: number } = {},
): Promise<{ applied: number; duplicate: number }> {
  const apply = applyEventOnce(prisma);
  const counts = { applied: 0, duplicate: 0 };
  let after: string | undefined;
  for (;;) {
    // UUIDv7 ids sort by creation time: the id is both the order and the cursor.
    const rows = await prisma.outboxEvent.findMany({
      where: { type: { in: [...consumer.types] }, ...(after ? { id: { gt: after } } : {}) },
      orderBy: { id: "asc" },
      take: batchSize,
    });
    for (const row of rows) counts[await apply(consumer, toEnvelope(row))]++;
    if (rows.length < batchSize) return counts;
    after = rows.at(-1)!.id;
  }
}
