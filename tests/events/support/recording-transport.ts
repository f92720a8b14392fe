import type { StoreEventEnvelope } from "@/lib/events/store-events";
import type { EventTransport } from "@/lib/events/transports/event-transport";

/** A transport that keeps what the relay publishes (to count and order it) and can be told to fail. */
export class RecordingTransport implements EventTransport {
  readonly kind = "in-process";
  readonly published: StoreEventEnvelope[] = [];
  failNext = 0;
  delayMs = 0;

  async publish(events: readonly StoreEventEnvelope[]): Promise<void> {
    if (this.delayMs) await new Promise((resolve) => setTimeout(resolve, this.delayMs));
    if (this.failNext > 0) {
      this.failNext--;
      throw new Error("broker unavailable");
    }
    this.published.push(...events);
  }

  async startConsumers(): Promise<void> {}
  async close(): Promise<void> {}
}
