// A catalog game → its IGDB games record and the records that hang off it one-to-one:
// the search entry, the popularity primitive and (when the catalog has an image) the cover.
import { igdbDate } from "./catalog-dates";
import type { StoredRecord } from "./stored-record";

export interface GameRow {
  id: number;
  slug: string;
  name: string;
  summary: string | null;
  rating: number | null;
  cover_image_id: string | null;
  first_release_date: string | null;
  popularity: number;
  updated_at: string;
}

export interface GameLinks {
  platforms: number[];
  releaseDates: number[];
  involvedCompanies: number[];
  alternativeNames: Array<{ id: number; name: string }>;
}

export interface ShapedGame {
  game: StoredRecord;
  search: StoredRecord;
  popularity: StoredRecord;
  cover?: StoredRecord;
}

/** Fields without a value are left out: IGDB never sends null or empty lists. */
function setList(record: StoredRecord, field: string, ids: number[]): void {
  if (ids.length) record[field] = ids;
}

export function shapeGame(row: GameRow, updatedAt: number, links: GameLinks): ShapedGame {
  const firstRelease = igdbDate(row.first_release_date).date;
  const game: StoredRecord = {
    id: row.id,
    name: row.name,
    slug: row.slug,
    url: `https://www.igdb.com/games/${row.slug}`,
    game_type: 0,
  };
  if (firstRelease !== undefined) game.first_release_date = firstRelease;
  setList(game, "platforms", links.platforms);
  setList(game, "release_dates", links.releaseDates);
  setList(game, "involved_companies", links.involvedCompanies);
  setList(
    game,
    "alternative_names",
    links.alternativeNames.map((a) => a.id),
  );
  if (row.summary) game.summary = row.summary;
  if (row.rating !== null) game.total_rating = row.rating;
  game.created_at = updatedAt;
  game.updated_at = updatedAt;

  const search: StoredRecord = { id: row.id, game: row.id, name: row.name };
  const firstAlternative = links.alternativeNames[0]?.name;
  if (firstAlternative) search.alternative_name = firstAlternative;
  if (firstRelease !== undefined) search.published_at = firstRelease;
  search.created_at = updatedAt;
  search.updated_at = updatedAt;

  const popularity: StoredRecord = {
    id: row.id,
    game_id: row.id,
    popularity_type: 1,
    value: row.popularity / 100,
    calculated_at: updatedAt,
    created_at: updatedAt,
    updated_at: updatedAt,
  };

  const shaped: ShapedGame = { game, search, popularity };
  if (row.cover_image_id) {
    // A catalog with images gets one cover per game, sharing the game's id.
    game.cover = row.id;
    shaped.cover = {
      id: row.id,
      game: row.id,
      image_id: row.cover_image_id,
      width: 264,
      height: 374,
      url: `//images.igdb.com/igdb/image/upload/t_thumb/${row.cover_image_id}.jpg`,
      created_at: updatedAt,
      updated_at: updatedAt,
    };
  }
  return shaped;
}
