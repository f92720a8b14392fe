import type { PrismaClient } from "@/generated/prisma/client";
import { logger } from "@/lib/log/logger";

import type { AfterCommit, EventConsumer } from "./define-event-consumer";
import type { StoreEventEnvelope } from "./store-events";

export type ApplyOutcome = "applied" | "duplicate";
export type ApplyEvent = (consumer: EventConsumer, event: StoreEventEnvelope) => Promise<ApplyOutcome>;

/**
 * Runs the consumer's handler at most once per event id: the ConsumedEvent row and the handler's writes
 * commit together, or neither does. Two deliveries of one event racing each other: the second insert waits
 * on the first transaction's key (ON CONFLICT DO NOTHING), then finds the row and skips.
 */
export function applyEventOnce(prisma: PrismaClient, options: { timeoutMs?: number } = {}): ApplyEvent {
  return async (consumer, event) => {
    const after: { run?: AfterCommit } = {};
    const outcome = await prisma.$transaction(
      async (tx): Promise<ApplyOutcome> => {
        const { count } = await tx.consumedEvent.createMany({
          data: [{ consumer: consumer.name, eventId: event.id }],
          skipDuplicates: true,
        });
        if (count === 0) return "duplicate";
        const step = await consumer.handle(event, tx);
        if (typeof step === "function") after.run = step;
        return "applied";
      },
      { timeout: options.timeoutMs ?? 15_000, maxWait: 15_000 },
    );
    // The writes are committed: what the handler asked to run now sees them (a job it nudges finds its rows).
    // Its failure is logged, not thrown: the event is applied, and a redelivery would be skipped anyway.
    if (after.run)
      await after
        .run()
        .catch((error: unknown) => logger.warn({ err: error, consumer: consumer.name }, "event consumer: after-commit step failed"));
    return outcome;
  };
}
