// Imports the MAME software lists into the catalog: read → group into games → score → write.
// Idempotent: the source file's hash is recorded, and an unchanged source is skipped unless forced.
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";

import type { CatalogDatabase } from "../open-catalog-database";
import { bondClones } from "./bond-clones";
import { buildGame, scalePopularity } from "./build-game";
import { groupReleases } from "./group-releases";
import { isGameList, platformForList, type PlatformInfo } from "./platforms";
import { readMameEntries } from "./read-mame-entries";
import { releaseFromEntry, type ReleaseDraft } from "./release-from-entry";
import { writeCatalog, type WriteStats } from "./write-catalog";

export type ImportPhase = "read" | "group" | "write" | "done";

export interface ImportProgress {
  phase: ImportPhase;
  /** 0..1 within the phase. */
  ratio: number;
  detail: string;
}

export interface ImportResult extends WriteStats {
  skipped: boolean;
  entriesRead: number;
  entriesSkipped: number;
  nonGameEntries: number;
  ms: number;
}

export interface ImportOptions {
  force?: boolean;
  onProgress?: (progress: ImportProgress) => void;
}

const SOURCE_HASH_KEY = "import.source_sha256";

function fileHash(path: string): string {
  return createHash("sha256").update(readFileSync(path)).digest("hex");
}

export async function importCatalog(db: CatalogDatabase, sourcePath: string, options: ImportOptions = {}): Promise<ImportResult> {
  const started = performance.now();
  const report = options.onProgress ?? (() => {});
  const hash = fileHash(sourcePath);
  const previous = db.prepare("SELECT value FROM catalog_meta WHERE key = ?").pluck().get(SOURCE_HASH_KEY);
  const gameCount = db.prepare("SELECT count(*) FROM games").pluck().get() as number;
  if (!options.force && previous === hash && gameCount > 0) {
    report({ phase: "done", ratio: 1, detail: "catalog is up to date" });
    return {
      skipped: true,
      games: gameCount,
      releases: 0,
      platforms: 0,
      companies: 0,
      alternativeTitles: 0,
      entriesRead: 0,
      entriesSkipped: 0,
      nonGameEntries: 0,
      ms: performance.now() - started,
    };
  }

  const platformsByList = new Map<string, PlatformInfo>();
  const releases: ReleaseDraft[] = [];
  let nonGameEntries = 0;
  let readStats = { entries: 0, skipped: 0 };
  for await (const entry of readMameEntries(sourcePath, (p) => {
    readStats = p;
    report({ phase: "read", ratio: p.bytesRead / p.totalBytes, detail: `${p.entries} entries` });
  })) {
    if (!isGameList(entry.list)) {
      nonGameEntries++;
      continue;
    }
    let platform = platformsByList.get(entry.list);
    if (!platform) {
      platform = platformForList(entry.list, entry.list_description);
      platformsByList.set(entry.list, platform);
    }
    releases.push(releaseFromEntry(entry, platform));
  }

  report({ phase: "group", ratio: 0, detail: `${releases.length} releases` });
  bondClones(releases);
  const games = groupReleases(releases).map((group) => buildGame(group));
  const popularity = scalePopularity(games);
  report({ phase: "group", ratio: 1, detail: `${games.length} games` });

  report({ phase: "write", ratio: 0, detail: "writing one transaction" });
  const stats = writeCatalog(db, games, popularity);
  const upsertMeta = db.prepare(
    "INSERT INTO catalog_meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
  );
  upsertMeta.run(SOURCE_HASH_KEY, hash);
  upsertMeta.run("import.completed_at", new Date().toISOString());
  db.pragma("optimize");
  report({ phase: "done", ratio: 1, detail: `${stats.games} games` });
  return {
    ...stats,
    skipped: false,
    entriesRead: readStats.entries,
    entriesSkipped: readStats.skipped,
    nonGameEntries,
    ms: performance.now() - started,
  };
}
