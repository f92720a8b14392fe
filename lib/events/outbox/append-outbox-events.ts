import type { Prisma } from "@/generated/prisma/client";

import { STORE_EVENT_PAYLOADS, STORE_EVENT_VERSION, type StoreEventPayload, type StoreEventType } from "../store-events";
import { newEventId } from "./new-event-id";

const CHUNK = 5_000;

/**
 * Writes many events of one type into the outbox inside the caller's transaction, a few statements whatever
 * their number (an INSERT … SELECT FROM unnest per 5,000): a sale over most of the catalog changes tens of
 * thousands of prices, and one INSERT per event (appendOutboxEvent) took seconds there. Every payload is
 * validated, as appendOutboxEvent does. Returns the event ids in the order given.
 *
 * @example
 * await appendOutboxEvents(tx, "price.changed", changes.map((c) => ({ aggregateId: String(c.game_id), payload: c })));
 */
export async function appendOutboxEvents<T extends StoreEventType>(
  tx: Prisma.TransactionClient,
  type: T,
  events: ReadonlyArray<{ aggregateId: string; payload: StoreEventPayload<T> }>,
): Promise<string[]> {
  const schema = STORE_EVENT_PAYLOADS[type];
  const rows = events.map((event) => ({
    id: newEventId(),
    aggregateId: event.aggregateId,
    payload: JSON.stringify(schema.parse(event.payload)),
  }));
  for (let i = 0; i < rows.length; i += CHUNK) {
    const chunk = rows.slice(i, i + CHUNK);
    await tx.$executeRaw`
      INSERT INTO "OutboxEvent" (id, type, version, "aggregateId", payload)
      SELECT t.id, ${type}, ${STORE_EVENT_VERSION[type]}, t."aggregateId", t.payload
      FROM unnest(${chunk.map((r) => r.id)}::uuid[], ${chunk.map((r) => r.aggregateId)}::text[], ${chunk.map((r) => r.payload)}::jsonb[])
        AS t(id, "aggregateId", payload)`;
  }
  return rows.map((row) => row.id);
}
