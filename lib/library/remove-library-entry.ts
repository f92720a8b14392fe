import "server-only";

import { getDb } from "@/lib/accounts-db/get-db";

import { withEntryErrors } from "./with-entry-errors";

/** Removes a game from the user's library; 404 when it is not there. */
export async function removeLibraryEntry(userId: string, gameId: number): Promise<void> {
  const db = await getDb();
  await withEntryErrors("library", gameId, () => db.libraryEntry.delete({ where: { userId_gameId: { userId, gameId } } }));
}
