// Baseline: the catalog's own FTS5 table (game_search), bm25-ranked, every token required and the last
// one a prefix. Tokens are quoted so that FTS syntax in a query ("NEAR(", "-", ":") is taken literally.
import type Database from "better-sqlite3";

import { fold } from "@/lib/text/fold";

import type { BenchEngine } from "./search-engine";

/** Builds the FTS5 MATCH expression for a free-text query, or null when it has no words. */
export function toFtsQuery(query: string): string | null {
  const tokens = fold(query)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
  if (tokens.length === 0) return null;
  return tokens.map((t, i) => `"${t.replace(/"/g, '""')}"${i === tokens.length - 1 ? "*" : ""}`).join(" ");
}

/** FTS5 over game_search (rowid = games.id). */
export function createFts5Engine(db: Database.Database): BenchEngine {
  const statement = db.prepare("SELECT rowid AS id FROM game_search WHERE game_search MATCH ? ORDER BY rank LIMIT ?");
  return {
    name: "sqlite_fts5",
    rounds: 3,
    search: (query, limit) => {
      const match = toFtsQuery(query);
      return match === null ? [] : (statement.all(match, limit) as Array<{ id: number }>).map((r) => r.id);
    },
  };
}
