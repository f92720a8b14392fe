// `search "…"` as IGDB behaves: case-insensitive word matching with NO accent folding ("pokemon" does not
// find "Pokémon"), ranked exact name, then name prefix, then the rest; ties by popularity, then id.
import type { Dataset } from "../dataset/dataset";
import type { StoredRecord } from "../dataset/stored-record";
import type { QueryContext } from "./evaluate-where";

export type SearchableEndpoint = "games" | "search";

export function isSearchable(endpoint: string): endpoint is SearchableEndpoint {
  return endpoint === "games" || endpoint === "search";
}

interface SearchEntry {
  record: StoredRecord;
  /** Lower-cased name first, then the alternative names (games) or the alternative_name (search). */
  texts: string[];
  /** All texts in one string: a word missing here is missing everywhere, which rejects most rows cheaply. */
  joined: string;
}

function searchEntries(endpoint: SearchableEndpoint, dataset: Dataset): SearchEntry[] {
  const deps = endpoint === "games" ? (["games", "alternative_names"] as const) : (["search"] as const);
  return dataset.memo(deps, `${endpoint}|search-entries`, () =>
    dataset.rows(endpoint).map((record) => {
      const names: unknown[] = [record.name];
      if (endpoint === "search") names.push(record.alternative_name);
      else if (Array.isArray(record.alternative_names)) {
        for (const id of record.alternative_names) names.push(dataset.get("alternative_names", id as number)?.name);
      }
      const texts = names.filter((n): n is string => typeof n === "string").map((n) => n.toLowerCase());
      return { record, texts, joined: texts.join("\n") };
    }),
  );
}

/** Every record whose name or one alternative name holds every query word, best first. */
export function searchRecords(endpoint: SearchableEndpoint, text: string, ctx: QueryContext): StoredRecord[] {
  const query = text.trim().toLowerCase().replace(/\s+/g, " ");
  const words = query.split(" ").filter(Boolean);
  if (words.length === 0) return [];
  const { dataset } = ctx;
  const hits: Array<{ record: StoredRecord; tier: number; popularity: number }> = [];
  for (const { record, texts, joined } of searchEntries(endpoint, dataset)) {
    if (!words.every((w) => joined.includes(w))) continue;
    if (texts.length > 1 && !texts.some((t) => words.every((w) => t.includes(w)))) continue;
    const name = typeof record.name === "string" ? texts[0]! : "";
    const tier = name === query ? 0 : name.startsWith(query) ? 1 : 2;
    const gameId = endpoint === "games" ? record.id : (record.game as number);
    hits.push({ record, tier, popularity: dataset.popularity(gameId) });
  }
  hits.sort((a, b) => a.tier - b.tier || b.popularity - a.popularity || a.record.id - b.record.id);
  return hits.map((h) => h.record);
}

/** Builds the games search texts at start, so the first search does not pause the server for ~0.4 s. */
export function warmSearch(dataset: Dataset): void {
  searchEntries("games", dataset);
}
