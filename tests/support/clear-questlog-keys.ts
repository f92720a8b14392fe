// Deletes Questlog's keys (ql:*) from a long-lived Redis, so an earlier run cannot answer for this one.
import { Redis } from "ioredis";

export async function clearQuestlogKeys(redisUrl: string, pattern = "ql:*"): Promise<void> {
  const redis = new Redis(redisUrl);
  try {
    let cursor = "0";
    do {
      const [next, keys] = await redis.scan(cursor, "MATCH", pattern, "COUNT", 1000);
      if (keys.length) await redis.del(...keys);
      cursor = next;
    } while (cursor !== "0");
  } finally {
    redis.disconnect();
  }
}
