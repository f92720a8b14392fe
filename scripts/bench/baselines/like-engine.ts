// Baseline: what a first version of search usually is, a substring match on the name, most popular first.
import type Database from "better-sqlite3";

import type { BenchEngine } from "./search-engine";

/** `name LIKE '%query%'` ordered by popularity; % and _ in the query are matched literally. */
export function createLikeEngine(db: Database.Database): BenchEngine {
  const statement = db.prepare("SELECT id FROM games WHERE name LIKE ? ESCAPE '\\' ORDER BY popularity DESC LIMIT ?");
  return {
    name: "sqlite_like",
    // A full scan of the games table per query: two rounds are plenty to time it.
    rounds: 2,
    search: (query, limit) => {
      const pattern = `%${query.trim().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      return (statement.all(pattern, limit) as Array<{ id: number }>).map((r) => r.id);
    },
  };
}
