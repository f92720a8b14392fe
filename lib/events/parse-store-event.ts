import { z } from "zod";

import { STORE_EVENT_PAYLOADS, type StoreEventEnvelope, type StoreEventType } from "./store-events";

const envelopeSchema = z.object({
  id: z.uuid(),
  type: z.enum(Object.keys(STORE_EVENT_PAYLOADS) as [StoreEventType, ...StoreEventType[]]),
  version: z.number().int().min(1),
  aggregate_id: z.string(),
  occurred_at: z.iso.datetime({ offset: true }),
  data: z.unknown(),
});

/**
 * An envelope read back from a broker, checked: the bus is a boundary (another publisher, an old version, a
 * hand-edited message), and a malformed event goes to the dead letters instead of into a handler.
 */
export function parseStoreEvent(json: string): StoreEventEnvelope {
  const envelope = envelopeSchema.parse(JSON.parse(json));
  const data = STORE_EVENT_PAYLOADS[envelope.type].parse(envelope.data);
  return { ...envelope, data } as StoreEventEnvelope;
}
