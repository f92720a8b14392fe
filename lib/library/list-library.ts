import "server-only";

import { LibraryStatus } from "@/generated/prisma/enums";
import { getDb } from "@/lib/accounts-db/get-db";
import { attachGameCards } from "@/lib/catalog/attach-game-cards";
import { listOwnedGameIds } from "@/lib/store/entitlements/list-owned-game-ids";

import { toLibraryEntry } from "./library-entry-schemas";
import type { LibraryList, ListLibraryQuery } from "./library-schemas";

/**
 * One user's library, most recently changed first, filtered by status and platform, each entry with its game's
 * card and whether the player owns it (bought in the store, not refunded); and the count per status over the
 * whole library.
 *
 * @example
 * const { entries, counts } = await listLibrary(user.id, { status: "PLAYING" });
 */
export async function listLibrary(userId: string, { status, platform }: ListLibraryQuery): Promise<LibraryList> {
  const db = await getDb();
  const [rows, groups] = await Promise.all([
    db.libraryEntry.findMany({ where: { userId, status, platform }, orderBy: [{ updatedAt: "desc" }, { id: "asc" }] }),
    db.libraryEntry.groupBy({ by: ["status"], where: { userId }, _count: { _all: true } }),
  ]);
  const counts = Object.fromEntries(Object.values(LibraryStatus).map((s) => [s, 0])) as Record<LibraryStatus, number>;
  for (const group of groups) counts[group.status] = group._count._all;
  const owned = await listOwnedGameIds(
    userId,
    rows.map((row) => row.gameId),
  );
  const entries = attachGameCards(rows.map((row) => ({ ...toLibraryEntry(row), owned: owned.has(row.gameId) })));
  return { entries, counts, total: rows.length };
}
