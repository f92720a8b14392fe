// The contract against all three drivers; the Redis ones against the real Redis the test command starts.
import { createMemoryDriver } from "@/lib/cache/drivers/memory-driver";
import { createTcpRedisDriver } from "@/lib/cache/drivers/tcp-redis-driver";
import { createUpstashDriver } from "@/lib/cache/drivers/upstash-driver";

import { TEST_REDIS_URL } from "../support/test-redis";
import { startUpstashBridge } from "../support/upstash-rest-bridge";
import { describeCacheDriver } from "./cache-driver-contract";

describeCacheDriver("memory", async () => {
  const driver = createMemoryDriver();
  return { driver, close: () => driver.close() };
});

describeCacheDriver("redis", async () => {
  const driver = createTcpRedisDriver({ url: TEST_REDIS_URL });
  return { driver, close: () => driver.close() };
});

describeCacheDriver("upstash", async () => {
  const bridge = await startUpstashBridge({ redisUrl: TEST_REDIS_URL });
  const driver = createUpstashDriver({ url: bridge.url, token: bridge.token });
  return {
    driver,
    close: async () => {
      await driver.close();
      await bridge.close();
    },
  };
});
