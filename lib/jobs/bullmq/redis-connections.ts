// Two ioredis clients per job system. Producers (enqueue, the admin console) fail fast while Redis is
// down, so a request errors instead of hanging; consumers (workers, QueueEvents, which BullMQ duplicates
// into blocking connections) need maxRetriesPerRequest: null, BullMQ's requirement for blocking commands.
import { Redis, type RedisOptions } from "ioredis";

import { logger } from "@/lib/log/logger";

const LOG = { module: "jobs", runner: "bullmq" } as const;

export interface BullConnections {
  producer: Redis;
  consumer: Redis;
  close(): Promise<void>;
}

function connect(url: string, role: string, options: RedisOptions): Redis {
  const redis = new Redis(url, { ...options, connectionName: `questlog:jobs:${role}` });
  // ioredis reports every failed reconnect; one line per outage is enough.
  let reported = false;
  redis.on("error", (err: Error) => {
    if (!reported) logger.warn({ ...LOG, err, role }, "job system lost its Redis connection; reconnecting");
    reported = true;
  });
  redis.on("ready", () => {
    if (reported) logger.info({ ...LOG, role }, "job system reconnected to Redis");
    reported = false;
  });
  return redis;
}

export function openBullConnections(url: string): BullConnections {
  const producer = connect(url, "producer", { maxRetriesPerRequest: 2 });
  const consumer = connect(url, "consumer", { maxRetriesPerRequest: null });
  return {
    producer,
    consumer,
    async close() {
      await Promise.allSettled([producer.quit(), consumer.quit()]);
    },
  };
}
