import "server-only";

import { getDb } from "@/lib/accounts-db/get-db";
import { findGameOrThrow } from "@/lib/catalog-sync/find-game-or-throw";
import { attachGameCards } from "@/lib/catalog/attach-game-cards";

import { toLibraryEntry, toLibraryEntryData, type CreateLibraryEntryBody } from "./library-entry-schemas";
import type { LibraryItem } from "./library-schemas";
import { withEntryErrors } from "./with-entry-errors";

/**
 * Adds a game to the user's library. A game already there is a 409 conflict rather than an overwrite: a
 * second "add" (another tab, a double click) must not silently reset status, rating and notes; changes go
 * through PATCH. A game id the catalog (or IGDB) does not know is a 404.
 */
export async function addLibraryEntry(userId: string, body: CreateLibraryEntryBody): Promise<LibraryItem> {
  await findGameOrThrow(body.gameId);
  const db = await getDb();
  const row = await withEntryErrors("library", body.gameId, () =>
    db.libraryEntry.create({ data: { userId, ...toLibraryEntryData(body) } }),
  );
  return attachGameCards([toLibraryEntry(row)])[0]!;
}
