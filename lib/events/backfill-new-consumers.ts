import "server-only";

import { getDb } from "@/lib/accounts-db/get-db";
import { logger } from "@/lib/log/logger";

import type { EventConsumer } from "./define-event-consumer";
import { replayOutboxEvents } from "./replay-outbox-events";

/**
 * Replays OutboxEvent into each of these consumers that has never applied an event (no ConsumedEvent row of
 * its name): a consumer added after the store took orders (the sales rollups of issue 16) starts from the whole
 * history instead of from its first live delivery. Safe beside the live bus (applyEventOnce); a consumer with
 * any row is left alone, so this runs once per consumer, not on every boot. Errors are logged, not thrown.
 */
export async function backfillNewConsumers(consumers: readonly EventConsumer[]): Promise<void> {
  try {
    const db = await getDb();
    for (const consumer of consumers) {
      if (await db.consumedEvent.findFirst({ where: { consumer: consumer.name }, select: { eventId: true } })) continue;
      const counts = await replayOutboxEvents(db, consumer);
      if (counts.applied > 0) logger.info({ consumer: consumer.name, ...counts }, "event consumer backfilled from the outbox");
    }
  } catch (error) {
    logger.error({ err: error }, "event consumer backfill failed; it runs again at the next start");
  }
}
