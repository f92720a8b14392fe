import type { PrismaClient } from "@/generated/prisma/client";

import type { EventConsumer } from "./define-event-consumer";
import type { StoreEventEnvelope } from "./store-events";

export type ApplyOutcome = "applied" | "duplicate";
export type ApplyEvent = (consumer: EventConsumer, event: StoreEventEnvelope) => Promise<ApplyOutcome>;

/**
 * Runs the consumer's handler at most once per event id: the ConsumedEvent row and the handler's writes
 * commit together, or neither does. Two deliveries of one event racing each other: the second insert waits
 * on the first transaction's key (ON CONFLICT DO NOTHING), then finds the row and skips.
 */
export function applyEventOnce(prisma: PrismaClient, options: { timeoutMs?: number } = {}): ApplyEvent {
  return (consumer, event) =>
    prisma.$transaction(
      async (tx) => {
        const { count } = await tx.consumedEvent.createMany({
          data: [{ consumer: consumer.name, eventId: event.id }],
          skipDuplicates: true,
        });
        if (count === 0) return "duplicate";
        await consumer.handle(event, tx);
        return "applied";
      },
      { timeout: options.timeoutMs ?? 15_000, maxWait: 15_000 },
    );
}
