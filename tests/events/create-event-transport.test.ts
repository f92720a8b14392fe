// The transport follows configuration as the catalog write queue's does: AMQP_URL, else REDIS_URL, else in-process.
import { describe, expect, it } from "vitest";

import { getEnv } from "@/lib/env";
import { createEventTransport } from "@/lib/events/transports/create-event-transport";
import { TEST_AMQP_URL } from "@/tests/support/test-amqp";
import { TEST_REDIS_URL } from "@/tests/support/test-redis";

describe("createEventTransport", () => {
  it.each([
    ["RabbitMQ when AMQP_URL is set, even with Redis", { AMQP_URL: TEST_AMQP_URL, REDIS_URL: TEST_REDIS_URL }, "rabbitmq"],
    ["the Redis Stream with only REDIS_URL", { AMQP_URL: undefined, REDIS_URL: TEST_REDIS_URL }, "redis"],
    ["in-process with neither", { AMQP_URL: undefined, REDIS_URL: undefined }, "in-process"],
  ] as const)("picks %s", async (_, overrides, kind) => {
    const transport = await createEventTransport({ ...getEnv(), ...overrides });
    try {
      expect(transport.kind).toBe(kind);
    } finally {
      await transport.close();
    }
  });
});
