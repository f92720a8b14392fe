import type { PrismaClient } from "@/generated/prisma/client";

export interface OutboxBacklog {
  unpublished: number;
  /** Age of the oldest unpublished event (the outbox lag), null when none waits. */
  oldestUnpublishedMs: number | null;
}

/** What waits in the outbox across all instances (the partial index on unpublished rows answers it). */
export async function readOutboxBacklog(prisma: PrismaClient): Promise<OutboxBacklog> {
  const [row] = await prisma.$queryRaw<Array<{ unpublished: number; oldest: Date | null }>>`
    SELECT count(*)::int AS "unpublished", min("createdAt") AS "oldest" FROM "OutboxEvent" WHERE "publishedAt" IS NULL`;
  return { unpublished: row?.unpublished ?? 0, oldestUnpublishedMs: row?.oldest ? Math.max(0, Date.now() - row.oldest.getTime()) : null };
}
