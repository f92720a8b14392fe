// The SQL behind a "search.rollup" catalog write; called by the drainer inside its batch transaction.
import type { CatalogDatabase } from "./open-catalog-database";
import type { SearchRollup } from "./search-rollup";

export function writeSearchRollup(db: CatalogDatabase, rollup: SearchRollup): void {
  const query = db.prepare(
    "INSERT OR IGNORE INTO search_query_stats (rollup_id, hour, query, searches, zero_results, total_ms) VALUES (?, ?, ?, ?, ?, ?)",
  );
  const source = db.prepare(
    "INSERT OR IGNORE INTO search_source_stats (rollup_id, hour, source, searches, total_ms, p50_ms, p95_ms, max_ms) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
  );
  for (const q of rollup.queries) query.run(rollup.rollupId, q.hour, q.query, q.searches, q.zeroResults, q.totalMs);
  for (const s of rollup.sources) source.run(rollup.rollupId, s.hour, s.source, s.searches, s.totalMs, s.p50Ms, s.p95Ms, s.maxMs);
  // Retention rides on the rollup write, so every replica prunes the same rows (both tables are indexed by hour).
  if (rollup.pruneBefore !== undefined) {
    db.prepare("DELETE FROM search_query_stats WHERE hour < ?").run(rollup.pruneBefore);
    db.prepare("DELETE FROM search_source_stats WHERE hour < ?").run(rollup.pruneBefore);
  }
}
