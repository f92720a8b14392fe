import type { ApplyEvent } from "../apply-event-once";
import type { EventConsumer } from "../define-event-consumer";
import type { StoreEventEnvelope } from "../store-events";

export type TransportKind = "rabbitmq" | "redis" | "in-process";

/** A dead-lettered delivery: the consumer gave up on it after its attempts (or it could not be read). */
export interface DeadEvent {
  consumer: string;
  eventId: string | null;
  type: string | null;
  reason: string;
  at: string;
}

/**
 * Where the relay publishes and where consumers read. `publish` resolves only once the broker holds every
 * event durably (RabbitMQ: publisher confirms; Redis: the XADD replies; in-process: queued in memory), so the
 * relay marks rows published only after that. Every consumer gets every event of its types at least once.
 */
export interface EventTransport {
  readonly kind: TransportKind;
  publish(events: readonly StoreEventEnvelope[]): Promise<void>;
  startConsumers(consumers: readonly EventConsumer[], apply: ApplyEvent): Promise<void>;
  /** Stops consuming; in-process, first delivers what was published (within timeoutMs). */
  close(timeoutMs?: number): Promise<void>;
}

/** Retry policy shared by the transports: a handler that throws is retried this many times in all, then dead-lettered. */
export const DEFAULT_MAX_ATTEMPTS = 5;

/** Delay before the n-th retry (1-based): 100 ms, 200 ms, 400 ms … capped at 5 s. */
export function retryDelayMs(attempt: number, baseMs = 100): number {
  return Math.min(5_000, baseMs * 2 ** Math.max(0, attempt - 1));
}

export function errorMessage(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).slice(0, 1_000);
}
