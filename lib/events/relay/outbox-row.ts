import type { StoreEventEnvelope } from "../store-events";

/** The columns the relay reads from an unpublished OutboxEvent row. */
export interface OutboxRow {
  id: string;
  type: string;
  version: number;
  aggregateId: string;
  payload: unknown;
  createdAt: Date;
}

/** The envelope integrators receive (docs/events.md): snake_case, the row's creation time as occurred_at. */
export function toEnvelope(row: OutboxRow): StoreEventEnvelope {
  return {
    id: row.id,
    type: row.type,
    version: row.version,
    aggregate_id: row.aggregateId,
    occurred_at: row.createdAt.toISOString(),
    data: row.payload,
  } as StoreEventEnvelope;
}
