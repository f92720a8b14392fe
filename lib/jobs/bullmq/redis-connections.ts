// Two ioredis clients per job system. Producers (enqueue, the admin console) fail fast while Redis is
// down, so a request errors instead of hanging; consumers (workers, QueueEvents, which BullMQ duplicates
// into blocking connections) need maxRetriesPerRequest: null, BullMQ's requirement for blocking commands.
import type { Redis } from "ioredis";

import { logger } from "@/lib/log/logger";
import { createRedisClient, type RedisProfile } from "@/lib/redis/create-redis-client";

const LOG = { module: "jobs", runner: "bullmq" } as const;

export interface BullConnections {
  producer: Redis;
  consumer: Redis;
  close(): Promise<void>;
}

function connect(url: string, role: string, profile: RedisProfile, maxRetriesPerRequest?: number): Redis {
  // ioredis reports every failed reconnect; one line per outage is enough.
  let reported = false;
  return createRedisClient(url, profile, {
    name: `jobs:${role}`,
    maxRetriesPerRequest,
    onError: (err) => {
      if (!reported) logger.warn({ ...LOG, err, role }, "job system lost its Redis connection; reconnecting");
      reported = true;
    },
    onReady: () => {
      if (reported) logger.info({ ...LOG, role }, "job system reconnected to Redis");
      reported = false;
    },
  });
}

export function openBullConnections(url: string): BullConnections {
  const producer = connect(url, "producer", "fail-fast", 2);
  const consumer = connect(url, "consumer", "queueing");
  return {
    producer,
    consumer,
    async close() {
      await Promise.allSettled([producer.quit(), consumer.quit()]);
    },
  };
}
