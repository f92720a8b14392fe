// One batch, one SQLite transaction: a commit per batch instead of per row is what makes the drainer fast
// (WAL + synchronous=NORMAL: a commit is a WAL append, no fsync). Every write is idempotent, so a batch
// delivered twice after a crash leaves the same rows.
import { curateGame } from "@/lib/catalog/curation/curate-game";
import type { CatalogDatabase } from "@/lib/catalog/open-catalog-database";
import { GameWriteBatch, markGameSynced, removeGame, writeGame } from "@/lib/catalog/write-games";
import { writeSearchRollup } from "@/lib/catalog/write-search-rollup";

import type { AppliedChanges, CatalogWrite } from "./catalog-write";

export function applyWrites(db: CatalogDatabase, writes: readonly CatalogWrite[]): AppliedChanges {
  return db.transaction((): AppliedChanges => {
    const batch = new GameWriteBatch(db);
    const upserted = new Set<number>();
    const deleted = new Set<number>();
    const updated = new Set<number>();
    const deletedSlugs: string[] = [];
    const curated = new Set<number>();
    const rematched = new Set<number>();
    let synced = 0;
    for (const write of writes) {
      switch (write.kind) {
        case "game.upsert":
          {
            const outcome = writeGame(db, write.game, batch);
            if (outcome !== "unchanged") upserted.add(write.game.id);
            if (outcome === "updated") updated.add(write.game.id);
          }
          deleted.delete(write.game.id);
          break;
        case "game.delete":
          {
            const slug = removeGame(db, write.id, batch);
            if (slug) deletedSlugs.push(slug);
          }
          deleted.add(write.id);
          upserted.delete(write.id);
          break;
        case "game.synced":
          if (markGameSynced(db, write.id, write.popularity, batch.now)) synced++;
          break;
        case "game.curate":
          if (curateGame(db, write.id, write.changes, write.by ?? null, batch.now).rematched) rematched.add(write.id);
          curated.add(write.id);
          break;
        case "search.rollup":
          writeSearchRollup(db, write.rollup);
          break;
      }
    }
    batch.finish();
    return {
      upserted: [...upserted],
      updated: [...updated].filter((id) => upserted.has(id)),
      deleted: [...deleted],
      deletedSlugs,
      synced,
      curated: [...curated],
      rematched: [...rematched],
    };
  })();
}
