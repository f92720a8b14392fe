// Where search events wait for the rollup job. Recording is O(1) into a bounded in-process buffer; with
// REDIS_URL the buffer is flushed every second into one Redis list shared by every instance, so the
// rollup (a job on whichever instance takes it) sees all searches. Analytics are best effort: past the
// bounds the oldest events are dropped rather than slowing searches or growing memory.
import { cacheKeys } from "@/lib/cache/keys";
import { getEnv } from "@/lib/env";
import { logger } from "@/lib/log/logger";
import { dropProcessSingleton, peekProcessSingleton, processSingleton } from "@/lib/process-singleton";
import { openRedis, type RedisConnection } from "@/lib/redis/open-redis";

import { SearchEventSchema, type SearchEvent } from "./types";

const LOCAL_LIMIT = 100_000;
const SHARED_LIMIT = 1_000_000;
const FLUSH_EVERY_MS = 1_000;

export class SearchEventLog {
  private buffer: SearchEvent[] = [];
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly redis: RedisConnection | null,
    private readonly key: string,
  ) {}

  record(event: SearchEvent): void {
    if (this.buffer.length >= LOCAL_LIMIT) this.buffer.shift();
    this.buffer.push(event);
    if (this.redis && !this.timer) {
      this.timer = setTimeout(() => void this.flush(), FLUSH_EVERY_MS);
      this.timer.unref();
    }
  }

  /** Moves buffered events to Redis (no-op without it). */
  async flush(): Promise<void> {
    this.timer = null;
    if (!this.redis || this.buffer.length === 0) return;
    const events = this.buffer.splice(0);
    try {
      await this.redis
        .multi()
        .rpush(this.key, ...events.map((e) => JSON.stringify(e)))
        .ltrim(this.key, -SHARED_LIMIT, -1)
        .exec();
    } catch (error) {
      logger.debug({ err: error, dropped: events.length }, "search events not shared (Redis unreachable)");
    }
  }

  /** Removes and returns up to max of the oldest events, from every instance when shared. */
  async take(max: number): Promise<SearchEvent[]> {
    if (!this.redis) return this.buffer.splice(0, max);
    await this.flush();
    const reply = await this.redis
      .multi()
      .lrange(this.key, 0, max - 1)
      .ltrim(this.key, max, -1)
      .exec();
    const lines = (reply?.[0]?.[1] as string[] | undefined) ?? [];
    return lines.flatMap((line) => {
      try {
        const parsed = SearchEventSchema.safeParse(JSON.parse(line));
        return parsed.success ? [parsed.data] : [];
      } catch {
        return [];
      }
    });
  }

  async close(): Promise<void> {
    await this.flush();
    await this.redis?.quit().catch(() => this.redis?.disconnect());
  }
}

export function getSearchEventLog(): SearchEventLog {
  const url = getEnv().REDIS_URL;
  return processSingleton(
    "questlogSearchEvents",
    () => new SearchEventLog(url ? openRedis(url, "search-events") : null, cacheKeys.searchEvents),
  );
}

export async function closeSearchEventLog(): Promise<void> {
  await peekProcessSingleton<SearchEventLog>("questlogSearchEvents")?.close();
  dropProcessSingleton("questlogSearchEvents");
}
