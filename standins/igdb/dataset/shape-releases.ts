// Catalog releases → IGDB release_dates (same ids) and involved_companies (derived, numbered deterministically).
import { releaseRegionId } from "../constants";
import { igdbDate } from "./catalog-dates";
import type { StoredRecord } from "./stored-record";

export interface ReleaseRow {
  id: number;
  game_id: number;
  platform_id: number;
  regions: string;
  release_date: string | null;
  publisher_id: number | null;
  developer_id: number | null;
}

export function shapeReleaseDate(row: ReleaseRow, updatedAt: number): StoredRecord {
  const date = igdbDate(row.release_date);
  const record: StoredRecord = { id: row.id, game: row.game_id, platform: row.platform_id };
  if (date.date !== undefined) record.date = date.date;
  if (date.y !== undefined) record.y = date.y;
  if (date.m !== undefined) record.m = date.m;
  record.human = date.human;
  record.date_format = date.dateFormat;
  record.release_region = releaseRegionId(row.regions);
  record.created_at = updatedAt;
  record.updated_at = updatedAt;
  return record;
}

/**
 * One involved company per distinct (game, company) pair over the releases' publishers and developers,
 * numbered 1.. in (game_id, company_id) order so that every load of the same catalog gives the same ids.
 */
export function shapeInvolvedCompanies(releases: ReleaseRow[], updatedAtOf: (gameId: number) => number): StoredRecord[] {
  const roles = new Map<string, { game: number; company: number; publisher: boolean; developer: boolean }>();
  const note = (game: number, company: number | null, role: "publisher" | "developer") => {
    if (company === null) return;
    const key = `${game}:${company}`;
    const entry = roles.get(key) ?? { game, company, publisher: false, developer: false };
    entry[role] = true;
    roles.set(key, entry);
  };
  for (const r of releases) {
    note(r.game_id, r.publisher_id, "publisher");
    note(r.game_id, r.developer_id, "developer");
  }
  const ordered = [...roles.values()].sort((a, b) => a.game - b.game || a.company - b.company);
  return ordered.map((e, i) => ({
    id: i + 1,
    game: e.game,
    company: e.company,
    publisher: e.publisher,
    developer: e.developer,
    porting: false,
    supporting: false,
    created_at: updatedAtOf(e.game),
    updated_at: updatedAtOf(e.game),
  }));
}
