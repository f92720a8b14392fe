// One batch, one SQLite transaction: a commit per batch instead of per row is what makes the drainer fast
// (WAL + synchronous=NORMAL: a commit is a WAL append, no fsync). Every write is idempotent, so a batch
// delivered twice after a crash leaves the same rows.
import type { CatalogDatabase } from "@/lib/catalog/open-catalog-database";
import { markGameSynced, recountPlatforms, removeGame, writeGame } from "@/lib/catalog/write-games";

import type { AppliedChanges, CatalogWrite } from "./catalog-write";

export function applyWrites(db: CatalogDatabase, writes: readonly CatalogWrite[]): AppliedChanges {
  return db.transaction((): AppliedChanges => {
    const now = new Date().toISOString();
    const touchedPlatforms = new Set<number>();
    const upserted = new Set<number>();
    const deleted = new Set<number>();
    let synced = 0;
    for (const write of writes) {
      switch (write.kind) {
        case "game.upsert":
          writeGame(db, write.game, touchedPlatforms, now);
          upserted.add(write.game.id);
          deleted.delete(write.game.id);
          break;
        case "game.delete":
          removeGame(db, write.id, touchedPlatforms);
          deleted.add(write.id);
          upserted.delete(write.id);
          break;
        case "game.synced":
          if (markGameSynced(db, write.id, write.popularity, now)) synced++;
          break;
      }
    }
    recountPlatforms(db, touchedPlatforms);
    return { upserted: [...upserted], deleted: [...deleted], synced };
  })();
}
