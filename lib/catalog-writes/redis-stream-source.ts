// With Redis: every instance reads the one catalog write stream through a consumer group of its own, so
// each instance's SQLite replica gets every write. Within a group, processes of the same instance (the
// server, a CLI run, a restarted server) share the work; entries a crashed process was handed and never
// acked are reclaimed with XAUTOCLAIM once they sit idle, so nothing is lost (at-least-once).
import type { RedisConnection } from "@/lib/redis/open-redis";
import { compareIds, streamIdTime, type StreamConsumerGroup, type StreamEntry } from "@/lib/redis/stream-consumer-group";

import type { DeadWrite } from "./catalog-write";
import type { PendingWrite, WriteSource } from "./write-source";

export interface StreamSourceOptions {
  /** An unacked entry idle this long belongs to a dead process and is reclaimed. */
  claimIdleMs: number;
  /** How long one blocking read waits; also bounds how fast the drainer notices a stop. */
  blockMs: number;
  deadKey: string;
  deadLimit: number;
  /** Where the group starts reading if it has to be created (it did not exist, or Redis lost it). */
  groupStart: "0" | "$";
}

const HOUSEKEEPING_EVERY_MS = 10_000;

export class RedisStreamSource implements WriteSource {
  private lastClaim = 0;
  private lastHousekeeping = 0;

  constructor(
    private readonly group: StreamConsumerGroup,
    private readonly commands: RedisConnection,
    private readonly options: StreamSourceOptions,
  ) {}

  async take(max: number, lingerMs: number, signal: AbortSignal): Promise<PendingWrite[]> {
    if (signal.aborted) return [];
    try {
      return await this.takeFromGroup(max, lingerMs);
    } catch (error) {
      // The group is gone (Redis restarted without persistence, or was down when we started): make it again.
      if (!(error instanceof Error && error.message.includes("NOGROUP"))) throw error;
      await this.group.ensureGroup(this.options.groupStart);
      return [];
    }
  }

  private async takeFromGroup(max: number, lingerMs: number): Promise<PendingWrite[]> {
    await this.housekeeping();
    const claimed = await this.claimAbandoned(max);
    if (claimed.length > 0) return claimed;
    const fresh = await this.group.read(max, this.options.blockMs);
    if (fresh.length > 0 && fresh.length < max && lingerMs > 0) {
      await new Promise((resolve) => setTimeout(resolve, lingerMs));
      fresh.push(...(await this.group.read(max - fresh.length, 0)));
    }
    return fresh.map((e) => toPending(e, 1));
  }

  async ack(entries: readonly PendingWrite[]): Promise<void> {
    await this.group.ack(entries.map((e) => e.ref));
  }

  async bury(entry: PendingWrite, reason: string, attempts: number): Promise<void> {
    const dead: DeadWrite = { id: entry.ticket ?? entry.ref, write: entry.payload, reason, attempts, deadAt: Date.now() };
    await this.commands
      .multi()
      .lpush(this.options.deadKey, JSON.stringify(dead))
      .ltrim(this.options.deadKey, 0, this.options.deadLimit - 1)
      .xack(this.group.stream, this.group.group, entry.ref)
      .exec();
  }

  async depth(): Promise<number> {
    const mine = (await this.group.groups()).find((g) => g.name === this.group.group);
    return mine ? mine.pending + (mine.lag ?? 0) : 0;
  }

  async oldestWaitingMs(): Promise<number | null> {
    const mine = (await this.group.groups()).find((g) => g.name === this.group.group);
    if (!mine) return null;
    const pending = mine.pending > 0 ? await this.group.oldestPendingId() : null;
    const next = pending ?? (await this.group.entryAfter(mine.lastDeliveredId))?.id ?? null;
    return next ? Date.now() - streamIdTime(next) : null;
  }

  async deadLetters(limit: number): Promise<DeadWrite[]> {
    const raw = await this.commands.lrange(this.options.deadKey, 0, limit - 1);
    return raw.map((line) => JSON.parse(line) as DeadWrite);
  }

  async removeDeadLetter(id: string): Promise<DeadWrite | null> {
    for (const line of await this.commands.lrange(this.options.deadKey, 0, -1)) {
      const dead = JSON.parse(line) as DeadWrite;
      if (dead.id === id && (await this.commands.lrem(this.options.deadKey, 1, line)) > 0) return dead;
    }
    return null;
  }

  /** On start and then every claimIdleMs: entries of crashed processes, oldest first, with delivery counts. */
  private async claimAbandoned(max: number): Promise<PendingWrite[]> {
    const now = Date.now();
    if (now - this.lastClaim < this.options.claimIdleMs / 2) return [];
    const { entries, cursor } = await this.group.autoClaim(this.options.claimIdleMs, max);
    // A full page may have more behind it; come back at once. Otherwise wait for the next period.
    if (cursor === "0-0" || entries.length === 0) this.lastClaim = now;
    if (entries.length === 0) return [];
    const deliveries = await this.group.deliveries(entries.map((e) => e.id));
    return entries.sort((a, b) => compareIds(a.id, b.id)).map((e) => toPending(e, deliveries.get(e.id) ?? 2));
  }

  /** Trims what every group has consumed, and forgets consumers of processes long gone. */
  private async housekeeping(): Promise<void> {
    const now = Date.now();
    if (now - this.lastHousekeeping < HOUSEKEEPING_EVERY_MS) return;
    this.lastHousekeeping = now;
    await this.group.trimConsumed();
    await this.group.removeIdleConsumers(Math.max(this.options.claimIdleMs * 10, 3_600_000));
  }
}

function toPending(entry: StreamEntry, deliveries: number): PendingWrite {
  let payload: unknown = null;
  try {
    payload = JSON.parse(entry.fields.w ?? "null");
  } catch {
    payload = { malformed: entry.fields.w }; // fails validation, so the drainer buries it with its reason
  }
  return { ticket: entry.fields.t ?? null, ref: entry.id, payload, deliveries };
}
