// What travels through the catalog write queue. Entries outlive the process that wrote them (a Redis
// Stream is read by every instance, possibly running another deploy), so the drainer validates each one
// again before it touches SQLite; one that no longer parses is a poison entry for the dead-letter list.
import { z } from "zod";

import { GameCurationChangesSchema } from "@/lib/catalog/curation/game-curation-changes";
import { SearchRollupSchema } from "@/lib/catalog/search-rollup";
import { CatalogGameInputSchema } from "@/lib/catalog/write-games";

const GameId = z.number().int().positive();

export const CatalogWriteSchema = z.discriminatedUnion("kind", [
  /** A game as IGDB has it now (search leg, lookups, sync, refresh, webhook). */
  z.object({ kind: z.literal("game.upsert"), game: CatalogGameInputSchema }),
  /** IGDB deleted it (webhook, refresh). */
  z.object({ kind: z.literal("game.delete"), id: GameId }),
  /** IGDB still has the version we hold (sync, refresh): only synced_at moves, and popularity when known. */
  z.object({ kind: z.literal("game.synced"), id: GameId, popularity: z.number().min(0).max(100).nullable() }),
  /** An admin's display overrides and flags (kept apart from IGDB's columns, which the sync rewrites). */
  z.object({ kind: z.literal("game.curate"), id: GameId, changes: GameCurationChangesSchema, by: z.string().max(320).optional() }),
  /** Hourly search analytics from the rollup job. */
  z.object({ kind: z.literal("search.rollup"), rollup: SearchRollupSchema }),
]);
export type CatalogWrite = z.infer<typeof CatalogWriteSchema>;

/** What a batch changed, for the after-write hooks (search index, caches, pages). */
export interface AppliedChanges {
  upserted: number[];
  /** Of the upserted, those that existed before: what cached searches may show in an older version. */
  updated: number[];
  deleted: number[];
  /** Slugs the deleted games had, for their pages. */
  deletedSlugs: string[];
  synced: number;
  /** Games an admin curated: their documents, cached entries and pages (and the home page's shelf) change. */
  curated: number[];
  /**
   * Of the curated, those an admin unhid or renamed: searches that did not list them may now, and no tag
   * finds those cached answers, so every cached search goes.
   */
  rematched: number[];
}

export type WriteState = "queued" | "streamed" | "applied" | "dead" | "rejected";

export interface WriteStatus {
  id: string;
  state: WriteState;
  /** Apply attempts made by this instance's drainer. */
  attempts: number;
  /** Why it is dead or was rejected. */
  reason?: string;
  /** Stream entry id, once in Redis. */
  streamId?: string;
  updatedAt: number;
}

export interface WriteTicket {
  id: string;
  /** False when the queue was full (status "rejected"); see README.md "Backpressure". */
  accepted: boolean;
}

export interface DeadWrite {
  /** The ticket id (stream entry id when it came from another instance). */
  id: string;
  write: unknown;
  reason: string;
  attempts: number;
  deadAt: number;
}

export interface WriteQueueStats {
  mode: "in-process" | "redis-stream";
  /** Waiting to be applied by this instance: the buffer, or the outbox plus this group's unread and pending entries. */
  depth: number;
  capacity: number;
  applied: number;
  rejected: number;
  dead: number;
  batches: number;
  /** Rows per second over the last completed batches. */
  lastBatchRows: number;
  lastBatchMs: number;
  /** Enqueue → applied, for writes this process enqueued, over the last 1,000. */
  lagP50Ms: number | null;
  lagP99Ms: number | null;
  oldestWaitingMs: number | null;
}

/** What sync and refresh need of the queue: write, and wait until this instance's replica has it. */
export interface CatalogWriter {
  write(writes: readonly CatalogWrite[]): Promise<WriteStatus[]>;
}
