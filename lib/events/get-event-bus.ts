import "server-only";

import { getDb } from "@/lib/accounts-db/get-db";
import { logger } from "@/lib/log/logger";
import { dropProcessSingleton, peekProcessSingleton, processSingleton } from "@/lib/process-singleton";

import type { EventConsumer } from "./define-event-consumer";
import { EventBus } from "./event-bus";
import { createEventTransport } from "./transports/create-event-transport";

// One bus per server process (kept across dev reloads); the background work starts and stops it.
const KEY = "questlogEventBus";

interface Slot {
  /** Null when the process stopped before the bus could start. */
  starting: Promise<EventBus | null>;
  /** Set once the bus exists, even while it still waits for its broker. */
  bus: EventBus | null;
  stopped: boolean;
}

/** Starts the relay and the consumers (lib/boot/event-consumers.ts) on the configured transport. */
export function startEventBus(consumers: readonly EventConsumer[]): Promise<EventBus | null> {
  return processSingleton<Slot>(KEY, () => {
    const slot: Slot = { starting: Promise.resolve(null), bus: null, stopped: false };
    slot.starting = start(slot, consumers);
    return slot;
  }).starting;
}

async function start(slot: Slot, consumers: readonly EventConsumer[]): Promise<EventBus | null> {
  const prisma = await getDb();
  if (slot.stopped) return null;
  slot.bus = new EventBus({ prisma, consumers, transport: await createEventTransport() });
  await slot.bus.start();
  if (slot.stopped) return null;
  logger.info({ transport: slot.bus.transport.kind, consumers: consumers.map((c) => c.name) }, "event relay and consumers started");
  return slot.bus;
}

/**
 * This process's bus once made, even while it still waits for its broker (its outbox lag is then what to
 * watch); null before that (metrics, health and nudges only read, never start it).
 */
export function peekEventBus(): EventBus | null {
  return peekProcessSingleton<Slot>(KEY)?.bus ?? null;
}

/**
 * Graceful stop: publishes what is pending and delivers what is held, within timeoutMs. A bus still opening
 * its database or waiting for its broker is not waited for: it has published nothing, the outbox keeps its
 * events for the next start.
 */
export async function stopEventBus(timeoutMs = 10_000): Promise<void> {
  const slot = dropProcessSingleton<Slot>(KEY);
  if (!slot) return;
  slot.stopped = true;
  await slot.bus?.stop(timeoutMs);
}
