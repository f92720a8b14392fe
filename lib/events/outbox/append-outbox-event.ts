import type { Prisma } from "@/generated/prisma/client";

import { STORE_EVENT_PAYLOADS, STORE_EVENT_VERSION, type StoreEventPayload, type StoreEventType } from "../store-events";

/**
 * Writes a domain event into the outbox inside the caller's transaction, so the event exists exactly when the
 * state change it reports commits. The relay (lib/events) publishes it afterwards. The payload is validated
 * here: a malformed event is a bug in the writer, caught before it reaches a consumer.
 */
export async function appendOutboxEvent<T extends StoreEventType>(
  tx: Prisma.TransactionClient,
  type: T,
  aggregateId: string,
  payload: StoreEventPayload<T>,
): Promise<string> {
  const data = STORE_EVENT_PAYLOADS[type].parse(payload) as Prisma.InputJsonValue;
  const row = await tx.outboxEvent.create({
    data: { type, version: STORE_EVENT_VERSION[type], aggregateId, payload: data },
    select: { id: true },
  });
  return row.id;
}
