// A Redis Stream read through a consumer group: the commands the catalog write queue needs, typed.
// Redis answers streams as nested arrays; this file is the only place that knows their shape.
import type { RedisConnection } from "./open-redis";

export interface StreamEntry {
  id: string;
  fields: Record<string, string>;
}

export interface GroupInfo {
  name: string;
  consumers: number;
  pending: number;
  lastDeliveredId: string;
  /** Entries not yet delivered to the group (Redis 7+); null when Redis cannot tell. */
  lag: number | null;
}

type RawEntry = [id: string, fields: string[] | null];

function toEntry([id, flat]: RawEntry): StreamEntry {
  const fields: Record<string, string> = {};
  for (let i = 0; flat && i + 1 < flat.length; i += 2) fields[flat[i]!] = flat[i + 1]!;
  return { id, fields };
}

/** Milliseconds part of a stream id ("1700000000000-3"): when the entry was added. */
export function streamIdTime(id: string): number {
  return Number(id.split("-")[0]);
}

export class StreamConsumerGroup {
  constructor(
    private readonly commands: RedisConnection,
    private readonly blocking: RedisConnection,
    readonly stream: string,
    readonly group: string,
    readonly consumer: string,
  ) {}

  /** Creates the group (and the stream) if missing: from the oldest entry the stream holds ("0") or from now ("$"). */
  async ensureGroup(from: "0" | "$" = "0"): Promise<void> {
    try {
      await this.commands.xgroup("CREATE", this.stream, this.group, from, "MKSTREAM");
    } catch (error) {
      if (!(error instanceof Error && error.message.includes("BUSYGROUP"))) throw error;
    }
  }

  async destroy(): Promise<void> {
    await this.commands.xgroup("DESTROY", this.stream, this.group);
  }

  /** New entries for this consumer, waiting up to blockMs when there are none (0: do not wait). */
  async read(count: number, blockMs: number): Promise<StreamEntry[]> {
    const reply = (
      blockMs > 0
        ? await this.blocking.xreadgroup("GROUP", this.group, this.consumer, "COUNT", count, "BLOCK", blockMs, "STREAMS", this.stream, ">")
        : await this.commands.xreadgroup("GROUP", this.group, this.consumer, "COUNT", count, "STREAMS", this.stream, ">")
    ) as Array<[string, RawEntry[]]> | null;
    return reply?.[0]?.[1].map(toEntry) ?? [];
  }

  /** Takes over entries other consumers of the group were handed but never acked (they crashed). */
  async autoClaim(minIdleMs: number, count: number, cursor = "0-0"): Promise<{ entries: StreamEntry[]; cursor: string }> {
    const reply = (await this.commands.xautoclaim(this.stream, this.group, this.consumer, minIdleMs, cursor, "COUNT", count)) as [
      string,
      RawEntry[],
      string[]?,
    ];
    // Entries deleted from the stream while pending come back with null fields: nothing to apply.
    return { cursor: reply[0], entries: reply[1].filter(([, fields]) => fields !== null).map(toEntry) };
  }

  /** Delivery counts of pending entries, for crash-loop detection. */
  async deliveries(ids: readonly string[]): Promise<Map<string, number>> {
    const counts = new Map<string, number>();
    if (ids.length === 0) return counts;
    const sorted = [...ids].sort(compareIds);
    const reply = (await this.commands.xpending(this.stream, this.group, sorted[0]!, sorted.at(-1)!, ids.length * 2)) as Array<
      [string, string, number, number]
    >;
    for (const [id, , , delivered] of reply) counts.set(id, delivered);
    return counts;
  }

  async ack(ids: readonly string[]): Promise<void> {
    if (ids.length > 0) await this.commands.xack(this.stream, this.group, ...ids);
  }

  /** The stream's groups; none while the stream does not exist yet. */
  async groups(): Promise<GroupInfo[]> {
    let reply: Array<Array<string | number | null>>;
    try {
      reply = (await this.commands.xinfo("GROUPS", this.stream)) as typeof reply;
    } catch (error) {
      if (error instanceof Error && error.message.includes("no such key")) return [];
      throw error;
    }
    return reply.map((flat) => {
      const info = new Map<string, string | number | null>();
      for (let i = 0; i + 1 < flat.length; i += 2) info.set(String(flat[i]), flat[i + 1] ?? null);
      const lag = info.get("lag");
      return {
        name: String(info.get("name")),
        consumers: Number(info.get("consumers")),
        pending: Number(info.get("pending")),
        lastDeliveredId: String(info.get("last-delivered-id")),
        lag: lag === null || lag === undefined ? null : Number(lag),
      };
    });
  }

  /** Oldest entry id this group has been handed and not acked, or null. */
  async oldestPendingId(group = this.group): Promise<string | null> {
    const summary = (await this.commands.xpending(this.stream, group)) as [number, string | null, string | null, unknown];
    return summary[0] > 0 ? summary[1] : null;
  }

  /** First entry after `id` (the next one the group will be handed), or null. */
  async entryAfter(id: string): Promise<StreamEntry | null> {
    const reply = (await this.commands.xrange(this.stream, `(${id}`, "+", "COUNT", 1)) as RawEntry[];
    return reply[0] ? toEntry(reply[0]) : null;
  }

  /** Drops entries every group has acked; none that any group still needs. */
  async trimConsumed(): Promise<number> {
    const groups = await this.groups();
    if (groups.length === 0) return 0;
    let min: string | null = null;
    for (const g of groups) {
      const pending = g.pending > 0 ? await this.oldestPendingId(g.name) : null;
      // Everything up to last-delivered-id was delivered; what is pending below it is still needed.
      const needed = pending ?? nextId(g.lastDeliveredId);
      if (min === null || compareIds(needed, min) < 0) min = needed;
    }
    return min ? Number(await this.commands.xtrim(this.stream, "MINID", min)) : 0;
  }

  /** Consumers of this group idle longer than idleMs with nothing pending: gone processes, removed. */
  async removeIdleConsumers(idleMs: number): Promise<number> {
    const reply = (await this.commands.xinfo("CONSUMERS", this.stream, this.group)) as Array<Array<string | number>>;
    let removed = 0;
    for (const flat of reply) {
      const info = new Map<string, string | number>();
      for (let i = 0; i + 1 < flat.length; i += 2) info.set(String(flat[i]), flat[i + 1]!);
      const name = String(info.get("name"));
      if (name !== this.consumer && Number(info.get("pending")) === 0 && Number(info.get("idle")) > idleMs) {
        await this.commands.xgroup("DELCONSUMER", this.stream, this.group, name);
        removed++;
      }
    }
    return removed;
  }
}

export function compareIds(a: string, b: string): number {
  const [am = 0, as = 0] = a.split("-").map(Number);
  const [bm = 0, bs = 0] = b.split("-").map(Number);
  return am - bm || as - bs;
}

function nextId(id: string): string {
  const [ms = "0", seq = "0"] = id.split("-");
  return `${ms}-${Number(seq) + 1}`;
}
