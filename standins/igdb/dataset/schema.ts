// Which fields each endpoint knows, which of them reference other endpoints (and so expand with
// `fields a.b`), and how the pre-2025 "legacy" shapes rename them. Fields IGDB has but the catalog never
// fills are listed too, so `where version_parent = null` is valid, as it is on IGDB.
import type { StandinDrift } from "../types";

export const ENDPOINTS = [
  "games",
  "covers",
  "platforms",
  "genres",
  "companies",
  "involved_companies",
  "release_dates",
  "popularity_primitives",
  "search",
  "alternative_names",
  "game_types",
  "release_date_regions",
  "date_formats",
  "platform_types",
] as const;
export type Endpoint = (typeof ENDPOINTS)[number];

export function isEndpoint(name: string): name is Endpoint {
  return (ENDPOINTS as readonly string[]).includes(name);
}

export type FieldKind = "int" | "float" | "string" | "bool";

export interface FieldSpec {
  kind: FieldKind;
  array: boolean;
  /** The endpoint the ids point into, when it is one we serve (expandable, path-filterable). */
  ref?: Endpoint;
  /** Key under which the value is stored when it differs from the served name (legacy renames). */
  source?: string;
}
export type EndpointSchema = ReadonlyMap<string, FieldSpec>;

/** Compact notation: "string", "int[]", "platforms[]" (a reference list), "covers" (one reference). */
type Notation = Record<string, string>;

const COMMON: Notation = { checksum: "string", created_at: "int", updated_at: "int", url: "string" };
const UNSERVED_REFS = "int";

const CURRENT: Record<Endpoint, Notation> = {
  games: {
    age_ratings: "int[]",
    aggregated_rating: "float",
    aggregated_rating_count: "int",
    alternative_names: "alternative_names[]",
    artworks: "int[]",
    bundles: "int[]",
    collections: "int[]",
    cover: "covers",
    dlcs: "int[]",
    expanded_games: "int[]",
    expansions: "int[]",
    external_games: "int[]",
    first_release_date: "int",
    forks: "int[]",
    franchise: UNSERVED_REFS,
    franchises: "int[]",
    game_engines: "int[]",
    game_localizations: "int[]",
    game_modes: "int[]",
    game_status: UNSERVED_REFS,
    game_type: "game_types",
    genres: "genres[]",
    hypes: "int",
    involved_companies: "involved_companies[]",
    keywords: "int[]",
    language_supports: "int[]",
    multiplayer_modes: "int[]",
    name: "string",
    parent_game: "games",
    platforms: "platforms[]",
    player_perspectives: "int[]",
    ports: "int[]",
    rating: "float",
    rating_count: "int",
    release_dates: "release_dates[]",
    remakes: "int[]",
    remasters: "int[]",
    screenshots: "int[]",
    similar_games: "games[]",
    slug: "string",
    standalone_expansions: "int[]",
    storyline: "string",
    summary: "string",
    tags: "int[]",
    themes: "int[]",
    total_rating: "float",
    total_rating_count: "int",
    version_parent: "games",
    version_title: "string",
    videos: "int[]",
    websites: "int[]",
    ...COMMON,
  },
  covers: {
    alpha_channel: "bool",
    animated: "bool",
    game: "games",
    game_localization: "int",
    height: "int",
    image_id: "string",
    width: "int",
    ...COMMON,
  },
  platforms: {
    abbreviation: "string",
    alternative_name: "string",
    generation: "int",
    name: "string",
    platform_family: "int",
    platform_logo: "int",
    platform_type: "platform_types",
    slug: "string",
    summary: "string",
    versions: "int[]",
    websites: "int[]",
    ...COMMON,
  },
  genres: { name: "string", slug: "string", ...COMMON },
  companies: {
    country: "int",
    description: "string",
    developed: "games[]",
    logo: "int",
    name: "string",
    parent: "companies",
    published: "games[]",
    slug: "string",
    start_date: "int",
    websites: "int[]",
    ...COMMON,
  },
  involved_companies: {
    company: "companies",
    developer: "bool",
    game: "games",
    porting: "bool",
    publisher: "bool",
    supporting: "bool",
    ...COMMON,
  },
  release_dates: {
    date: "int",
    date_format: "date_formats",
    game: "games",
    human: "string",
    m: "int",
    platform: "platforms",
    release_region: "release_date_regions",
    status: "int",
    y: "int",
    ...COMMON,
  },
  popularity_primitives: {
    calculated_at: "int",
    external_popularity_source: "int",
    game_id: "games",
    popularity_source: "int",
    popularity_type: "int",
    value: "float",
    ...COMMON,
  },
  search: {
    alternative_name: "string",
    character: "int",
    collection: "int",
    company: "int",
    description: "string",
    game: "games",
    name: "string",
    platform: "int",
    published_at: "int",
    test_dummy: "int",
    theme: "int",
    ...COMMON,
  },
  alternative_names: { comment: "string", game: "games", name: "string", ...COMMON },
  game_types: { type: "string", ...COMMON },
  release_date_regions: { region: "string", ...COMMON },
  date_formats: { format: "string", ...COMMON },
  platform_types: { name: "string", ...COMMON },
};

/** Legacy (pre-2025) shapes: enum ints under their old names, read from the current fields. */
const LEGACY: Partial<Record<Endpoint, { drop: string[]; add: Record<string, string> }>> = {
  games: { drop: ["game_type", "game_status"], add: { category: "game_type", status: "game_status" } },
  release_dates: { drop: ["date_format", "release_region"], add: { category: "date_format", region: "release_region" } },
  platforms: { drop: ["platform_type"], add: { category: "platform_type" } },
};

function parseNotation(notation: Notation): Map<string, FieldSpec> {
  const schema = new Map<string, FieldSpec>();
  for (const name of Object.keys(notation).sort()) {
    const raw = notation[name]!;
    const array = raw.endsWith("[]");
    const base = array ? raw.slice(0, -2) : raw;
    const kind = (["int", "float", "string", "bool"] as string[]).includes(base) ? (base as FieldKind) : "int";
    const ref = isEndpoint(base) ? base : undefined;
    schema.set(name, { kind, array, ...(ref ? { ref } : {}) });
  }
  return schema;
}

function buildSchemas(drift: StandinDrift): Record<Endpoint, EndpointSchema> {
  const out = {} as Record<Endpoint, EndpointSchema>;
  for (const endpoint of ENDPOINTS) {
    const schema = parseNotation(CURRENT[endpoint]);
    const legacy = drift === "legacy" ? LEGACY[endpoint] : undefined;
    if (legacy) {
      for (const name of legacy.drop) schema.delete(name);
      for (const [name, source] of Object.entries(legacy.add)) schema.set(name, { kind: "int", array: false, source });
    }
    // Served in alphabetical order after `id`, which IGDB always sends first.
    out[endpoint] = new Map([...schema.entries()].sort(([a], [b]) => (a < b ? -1 : 1)));
  }
  return out;
}

const SCHEMAS: Record<StandinDrift, Record<Endpoint, EndpointSchema>> = {
  current: buildSchemas("current"),
  legacy: buildSchemas("legacy"),
};

export function schemaFor(endpoint: Endpoint, drift: StandinDrift): EndpointSchema {
  return SCHEMAS[drift][endpoint];
}

const ID_SPEC: FieldSpec = { kind: "int", array: false };

/** The spec of a served field, `id` included; undefined for names the endpoint does not know. */
export function fieldSpec(schema: EndpointSchema, name: string): FieldSpec | undefined {
  return name === "id" ? ID_SPEC : schema.get(name);
}
