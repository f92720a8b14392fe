// The real RabbitMQ the test command starts (scripts/test.sh) or finds on 127.0.0.1:5672 (guest/guest).
import { randomBytes } from "node:crypto";

import amqplib from "amqplib";

export const TEST_AMQP_URL = process.env.TEST_AMQP_URL ?? "amqp://guest:guest@127.0.0.1:5672";

/**
 * Names of this run's own exchange and queues, so parallel runs and checkouts sharing the broker never meet;
 * cleanup() deletes every queue and exchange under the prefix that the test named.
 */
export function amqpTestNames() {
  const prefix = `qltest.${randomBytes(5).toString("hex")}.`;
  const exchange = `${prefix}events`;
  const queues = new Set<string>();
  return {
    prefix,
    exchange,
    queue(name: string) {
      const queue = `${prefix}${name}`;
      queues.add(queue).add(`${queue}.dead`);
      return queue;
    },
    async cleanup() {
      const connection = await amqplib.connect(TEST_AMQP_URL);
      try {
        for (const queue of queues) {
          const channel = await connection.createChannel();
          await channel.deleteQueue(queue).catch(() => {});
          await channel.close().catch(() => {});
        }
        const channel = await connection.createChannel();
        await channel.deleteExchange(exchange).catch(() => {});
      } finally {
        await connection.close();
      }
    },
  };
}
