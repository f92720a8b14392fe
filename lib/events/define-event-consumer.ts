import type { Prisma } from "@/generated/prisma/client";

import type { StoreEventEnvelope, StoreEventType } from "./store-events";

/**
 * Something that reacts to store events. Every transport hands each consumer every event of its types at
 * least once; `applyEventOnce` runs `handle` inside a PostgreSQL transaction that first records
 * ConsumedEvent(name, event id), so a redelivered event is skipped and a handler that throws leaves no trace
 * (the event is delivered again, then dead-lettered after the transport's attempt limit).
 *
 * Side effects outside the database (enqueueing a job, calling an API) are not rolled back with the
 * transaction: make them idempotent by themselves, e.g. a job id derived from the event or the order. One that
 * must see the handler's writes (a job that reads them) goes in the function `handle` returns, which runs once
 * the transaction has committed.
 */
export interface EventConsumer<T extends StoreEventType = StoreEventType> {
  /** Stable and unique: it names the ConsumedEvent rows, the RabbitMQ queue and the Redis consumer group. */
  name: string;
  types: readonly T[];
  handle(event: StoreEventEnvelope<T>, tx: Prisma.TransactionClient): Promise<void | AfterCommit>;
}

/** Runs after the consumer's transaction committed (not at all if it rolled back, or the event was a duplicate). */
export type AfterCommit = () => Promise<void>;

const NAME = /^[a-z][a-z0-9-]{0,62}$/;

/**
 * @example
 * export const auditConsumer = defineEventConsumer({
 *   name: "audit",
 *   types: ["order.paid"],
 *   async handle(event, tx) {
 *     await tx.auditLog.create({ data: { action: event.type, target: event.aggregate_id } });
 *   },
 * });
 */
export function defineEventConsumer<T extends StoreEventType>(consumer: EventConsumer<T>): EventConsumer {
  if (!NAME.test(consumer.name)) throw new Error(`event consumer name "${consumer.name}" must match ${NAME}`);
  if (consumer.types.length === 0) throw new Error(`event consumer "${consumer.name}" listens to no event type`);
  // The transports only hand a consumer the types it lists, so widening the parameter type is safe here.
  return consumer as unknown as EventConsumer;
}

export function wants(consumer: EventConsumer, type: string): boolean {
  return (consumer.types as readonly string[]).includes(type);
}
