import { defineEventConsumer, type EventConsumer } from "@/lib/events/define-event-consumer";
import type { StoreEventType } from "@/lib/events/store-events";

/** A consumer whose handler throws its first `failures` calls (every call by default), counting them. */
export function failingConsumer(name: string, type: StoreEventType, failures = Infinity): { consumer: EventConsumer; calls: () => number } {
  let calls = 0;
  const consumer = defineEventConsumer({
    name,
    types: [type],
    async handle(event, tx) {
      calls++;
      await tx.consumedEvent.count(); // a query inside the dedupe transaction, rolled back with it
      if (calls <= failures) throw new Error(`cannot handle ${event.id}`);
    },
  });
  return { consumer, calls: () => calls };
}
