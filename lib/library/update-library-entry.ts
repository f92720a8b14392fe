import "server-only";

import { getDb } from "@/lib/accounts-db/get-db";
import { attachGameCards } from "@/lib/catalog/attach-game-cards";

import { toLibraryEntry, toLibraryEntryData, type UpdateLibraryEntryBody } from "./library-entry-schemas";
import type { LibraryItem } from "./library-schemas";
import { withEntryErrors } from "./with-entry-errors";

/**
 * Changes the user's entry for a game (fields left out stay; null clears). 404 when the user has no entry
 * for it. A finish date before the stored start date is refused by the database's CHECK (a 400).
 */
export async function updateLibraryEntry(userId: string, gameId: number, body: UpdateLibraryEntryBody): Promise<LibraryItem> {
  const db = await getDb();
  const row = await withEntryErrors("library", gameId, () =>
    db.libraryEntry.update({ where: { userId_gameId: { userId, gameId } }, data: toLibraryEntryData(body) }),
  );
  return attachGameCards([toLibraryEntry(row)])[0]!;
}
