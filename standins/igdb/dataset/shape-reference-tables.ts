// Platforms, companies, genres and the fixed enum tables, in IGDB's shapes.
import { CATALOG_PLATFORM_TYPE, DATE_FORMATS, GAME_TYPES, GENRES, PLATFORM_TYPES, RELEASE_REGIONS } from "../constants";
import type { Endpoint } from "./schema";
import type { StoredRecord } from "./stored-record";

export interface NamedRow {
  id: number;
  slug: string;
  name: string;
}

export function shapePlatform(row: NamedRow, updatedAt: number): StoredRecord {
  return {
    id: row.id,
    name: row.name,
    slug: row.slug,
    platform_type: CATALOG_PLATFORM_TYPE,
    url: `https://www.igdb.com/platforms/${row.slug}`,
    created_at: updatedAt,
    updated_at: updatedAt,
  };
}

export function shapeCompany(row: NamedRow, updatedAt: number): StoredRecord {
  return {
    id: row.id,
    name: row.name,
    slug: row.slug,
    url: `https://www.igdb.com/companies/${row.slug}`,
    created_at: updatedAt,
    updated_at: updatedAt,
  };
}

/** The tables IGDB fills itself rather than from games: genres and the 2025 enum endpoints. */
export function staticTables(updatedAt: number): Array<[Endpoint, StoredRecord[]]> {
  const stamp = { created_at: updatedAt, updated_at: updatedAt };
  return [
    ["genres", GENRES.map(([id, name, slug]) => ({ id, name, slug, url: `https://www.igdb.com/genres/${slug}`, ...stamp }))],
    ["game_types", GAME_TYPES.map(([id, type]) => ({ id, type, ...stamp }))],
    ["release_date_regions", RELEASE_REGIONS.map(([id, region]) => ({ id, region, ...stamp }))],
    ["date_formats", DATE_FORMATS.map(([id, format]) => ({ id, format, ...stamp }))],
    ["platform_types", PLATFORM_TYPES.map(([id, name]) => ({ id, name, ...stamp }))],
  ];
}
