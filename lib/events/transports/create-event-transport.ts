import { getEnv, type ServerEnv } from "@/lib/env";

import type { EventTransport } from "./event-transport";
import { InProcessTransport } from "./in-process-transport";
import { RabbitTransport } from "./rabbitmq-transport";
import { RedisStreamTransport } from "./redis-stream-transport";

/** The transport configuration asks for: RabbitMQ with AMQP_URL, else a Redis Stream with REDIS_URL, else in-process. */
export async function createEventTransport(env: ServerEnv = getEnv()): Promise<EventTransport> {
  if (env.AMQP_URL) return RabbitTransport.open({ url: env.AMQP_URL });
  if (env.REDIS_URL) return new RedisStreamTransport({ url: env.REDIS_URL });
  return new InProcessTransport();
}
