// Reads a catalog SQLite file (schema: lib/catalog/migrations.ts) once, synchronously, into IGDB-shaped
// records. The full CC0 catalog (73.5k games, 128k releases) takes about 2 s on a 2-core box, half of it in
// SQLite reads; see the README for measurements.
import Database from "better-sqlite3";

import { unixFromIso } from "./catalog-dates";
import { Dataset } from "./dataset";
import { shapeGame, type GameRow } from "./shape-games";
import { shapeCompany, shapePlatform, staticTables, type NamedRow } from "./shape-reference-tables";
import { shapeInvolvedCompanies, shapeReleaseDate, type ReleaseRow } from "./shape-releases";

function groupBy<T>(rows: T[], key: (row: T) => number): Map<number, T[]> {
  const groups = new Map<number, T[]>();
  for (const row of rows) {
    const k = key(row);
    const list = groups.get(k);
    if (list) list.push(row);
    else groups.set(k, [row]);
  }
  return groups;
}

export function loadDataset(file: string): Dataset {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    return buildDataset(db);
  } finally {
    db.close();
  }
}

function buildDataset(db: Database.Database): Dataset {
  const games = db
    .prepare(
      `SELECT id, slug, name, summary, rating, cover_image_id, first_release_date, popularity, updated_at
                            FROM games ORDER BY id`,
    )
    .all() as GameRow[];
  const releases = db
    .prepare(
      `SELECT id, game_id, platform_id, regions, release_date, publisher_id, developer_id
                               FROM releases ORDER BY id`,
    )
    .all() as ReleaseRow[];
  const platforms = db.prepare("SELECT id, slug, name FROM platforms ORDER BY id").all() as NamedRow[];
  const companies = db.prepare("SELECT id, slug, name FROM companies ORDER BY id").all() as NamedRow[];
  const titles = db.prepare("SELECT game_id, title FROM alternative_titles ORDER BY game_id, title").all() as Array<{
    game_id: number;
    title: string;
  }>;
  const importedAt = db.prepare("SELECT value FROM catalog_meta WHERE key = 'import.completed_at'").pluck().get() as string | undefined;

  const dataset = new Dataset();
  const tableStamp = importedAt ? unixFromIso(importedAt) : Math.floor(Date.now() / 1000);
  const isoStamps = new Map<string, number>();
  const stampOfIso = (iso: string) => isoStamps.get(iso) ?? isoStamps.set(iso, unixFromIso(iso)).get(iso)!;
  const gameStamp = new Map(games.map((g) => [g.id, stampOfIso(g.updated_at)]));
  const stampOf = (gameId: number) => gameStamp.get(gameId) ?? tableStamp;

  for (const row of platforms) dataset.insert("platforms", shapePlatform(row, tableStamp));
  for (const row of companies) dataset.insert("companies", shapeCompany(row, tableStamp));
  for (const [endpoint, records] of staticTables(tableStamp)) for (const r of records) dataset.insert(endpoint, r);
  for (const row of releases) dataset.insert("release_dates", shapeReleaseDate(row, stampOf(row.game_id)));

  const involved = shapeInvolvedCompanies(releases, stampOf);
  for (const record of involved) dataset.insert("involved_companies", record);

  const alternativeNames = titles.map((t, i) => ({ id: i + 1, game: t.game_id, name: t.title }));
  for (const a of alternativeNames) {
    const stamp = stampOf(a.game);
    dataset.insert("alternative_names", { ...a, comment: "Alternative title", created_at: stamp, updated_at: stamp });
  }

  const releasesByGame = groupBy(releases, (r) => r.game_id);
  const involvedByGame = groupBy(involved, (r) => r.game as number);
  const namesByGame = groupBy(alternativeNames, (a) => a.game);
  for (const row of games) {
    const own = releasesByGame.get(row.id) ?? [];
    const shaped = shapeGame(row, gameStamp.get(row.id)!, {
      platforms: [...new Set(own.map((r) => r.platform_id))].sort((a, b) => a - b),
      releaseDates: own.map((r) => r.id),
      involvedCompanies: (involvedByGame.get(row.id) ?? []).map((r) => r.id),
      alternativeNames: namesByGame.get(row.id) ?? [],
    });
    dataset.insert("games", shaped.game);
    dataset.insert("search", shaped.search);
    dataset.insert("popularity_primitives", shaped.popularity);
    if (shaped.cover) dataset.insert("covers", shaped.cover);
  }
  return dataset;
}
