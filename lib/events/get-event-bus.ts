import "server-only";

import { getDb } from "@/lib/accounts-db/get-db";
import { logger } from "@/lib/log/logger";
import { dropProcessSingleton, peekProcessSingleton, processSingleton } from "@/lib/process-singleton";

import type { EventConsumer } from "./define-event-consumer";
import { EventBus } from "./event-bus";
import { createEventTransport } from "./transports/create-event-transport";

// One bus per server process (kept across dev reloads); the background work starts and stops it.
export const EVENT_BUS_KEY = "questlogEventBus";

/** Starts the relay and the consumers (lib/boot/event-consumers.ts) on the configured transport. */
export function startEventBus(consumers: readonly EventConsumer[]): Promise<EventBus> {
  return processSingleton(EVENT_BUS_KEY, async () => {
    const prisma = await getDb();
    const bus = new EventBus({ prisma, consumers, transport: await createEventTransport() });
    await bus.start();
    logger.info({ transport: bus.transport.kind, consumers: consumers.map((c) => c.name) }, "event relay and consumers started");
    return bus;
  });
}

/** The running bus, if this process started one (metrics and health only read). */
export function peekEventBus(): Promise<EventBus> | undefined {
  return peekProcessSingleton<Promise<EventBus>>(EVENT_BUS_KEY);
}

/** Graceful stop: publishes what is pending and delivers what is held, within timeoutMs. */
export async function stopEventBus(timeoutMs = 10_000): Promise<void> {
  const starting = dropProcessSingleton<Promise<EventBus>>(EVENT_BUS_KEY);
  if (!starting) return;
  const started = Date.now();
  // A bus still waiting for its broker when the process stops never started: nothing to flush.
  let timer: NodeJS.Timeout | undefined;
  const gaveUp = new Promise<undefined>((resolve) => (timer = setTimeout(() => resolve(undefined), timeoutMs / 2)));
  const bus = await Promise.race([starting.catch(() => undefined), gaveUp]).finally(() => clearTimeout(timer));
  if (!bus) return logger.warn("event bus had not started by shutdown");
  await bus.stop(Math.max(500, timeoutMs - (Date.now() - started)));
}
