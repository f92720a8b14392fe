// npm run igdb:sync -- --popular N [--fresh]   the N most popular games from IGDB into the local catalog
// npm run igdb:sync -- --stale [--limit N]     re-check games not synced for IGDB_REFRESH_AFTER_HOURS
// Uses real IGDB when TWITCH_CLIENT_ID/SECRET are set, else the local stand-in (started here). Safe to
// interrupt: a restart of the same --popular run skips what it already wrote (--fresh starts over).
// Rows reach SQLite through the catalog write queue like every other write. With REDIS_URL, a running
// server's drainer applies them too and updates its search index; without Redis, a running server sees
// them after its next restart.
import { parseArgs } from "node:util";

import cliProgress from "cli-progress";

import { closeCache } from "@/lib/cache/get-cache";
import { closeIgdbConnection, getIgdbConnection } from "@/lib/catalog-sync/igdb-connection";
import { refreshStaleGames } from "@/lib/catalog-sync/refresh-stale-games";
import { syncPopularGames } from "@/lib/catalog-sync/sync-popular-games";
import { createCatalogWriteQueue } from "@/lib/catalog-writes/create-catalog-write-queue";
import { openCatalogDatabase } from "@/lib/catalog/open-catalog-database";
import { catalogPath } from "@/lib/catalog/paths";
import { getEnv } from "@/lib/env";

const { values } = parseArgs({
  options: {
    popular: { type: "string" },
    fresh: { type: "boolean", default: false },
    stale: { type: "boolean", default: false },
    limit: { type: "string", default: "50000" },
  },
});

const count = Number(values.popular);
if (!values.stale && !(Number.isInteger(count) && count > 0)) {
  console.error("Usage: npm run igdb:sync -- --popular N [--fresh]  |  npm run igdb:sync -- --stale [--limit N]");
  process.exit(2);
}

const db = openCatalogDatabase(catalogPath());
const writes = createCatalogWriteQueue(db, { ownGroup: true });
try {
  await writes.start();
  const { client, mode } = await getIgdbConnection();
  console.log(
    mode === "standin" ? "IGDB: no Twitch credentials, syncing from the local stand-in" : `IGDB: syncing from ${getEnv().IGDB_API_URL}`,
  );
  if (values.stale) {
    const result = await refreshStaleGames(db, client, writes, {
      olderThanMs: getEnv().IGDB_REFRESH_AFTER_HOURS * 3_600_000,
      limit: Number(values.limit),
    });
    console.log(
      `Checked ${result.checked} games: ${result.changed} changed upstream and were rewritten, ${result.removed} removed (${(result.ms / 1000).toFixed(1)} s).`,
    );
  } else {
    const bar = new cliProgress.SingleBar(
      { format: "igdb sync |{bar}| {value}/{total} {phase}", hideCursor: true, noTTYOutput: true, notTTYSchedule: 2000 },
      cliProgress.Presets.shades_classic,
    );
    bar.start(count, 0, { phase: "popularity" });
    const result = await syncPopularGames(db, client, writes, {
      count,
      fresh: values.fresh,
      onProgress: (p) => {
        bar.setTotal(Math.max(1, p.total));
        bar.update(p.done, { phase: p.phase === "popularity" ? "ranking by popularity" : p.phase === "games" ? "games" : "done" });
      },
    });
    bar.stop();
    console.log(
      `${result.resumed ? "Resumed: " : ""}${result.ranked} games ranked; ${result.written} written, ${result.unchanged} already current, ` +
        `${result.skipped} done by the interrupted run, ${result.missing} missing upstream; ${(result.ms / 1000).toFixed(1)} s, ` +
        `${client.stats.requests} IGDB requests.`,
    );
  }
} finally {
  await writes.close();
  db.close();
  await closeIgdbConnection();
  await closeCache(); // with REDIS_URL, its open connections would keep the process alive
}
