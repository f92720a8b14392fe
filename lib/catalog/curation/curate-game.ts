// Applies an admin's curation of one game inside the drainer's transaction (apply-writes.ts). Merges with
// the stored row, so a write that changes only `hidden` keeps the name override; idempotent, so a stream
// redelivery changes nothing (re-featuring a featured game keeps its place on the shelf).
import type { CatalogDatabase } from "../open-catalog-database";
import type { GameCurationChanges } from "./game-curation-changes";

interface CurationRow {
  game_id: number;
  name: string | null;
  summary: string | null;
  cover_image_id: string | null;
  featured_at: string | null;
  hidden: number;
  updated_at: string;
  updated_by: string | null;
}

const pick = <T>(change: T | null | undefined, stored: T | null): T | null => (change === undefined ? stored : change);

/**
 * Applies `changes` and answers whether searches may now list the game where they did not: its display name
 * changed, or it was unhidden. Asking for what is already so answers false.
 */
export function curateGame(
  db: CatalogDatabase,
  id: number,
  changes: GameCurationChanges,
  by: string | null,
  now: string,
): { rematched: boolean } {
  const stored = db.prepare("SELECT * FROM game_curation WHERE game_id = ?").get(id) as CurationRow | undefined;
  const featuredAt =
    changes.featured === undefined ? (stored?.featured_at ?? null) : changes.featured ? (stored?.featured_at ?? now) : null;
  const next = {
    id,
    name: pick(changes.name, stored?.name ?? null),
    summary: pick(changes.summary, stored?.summary ?? null),
    cover: pick(changes.coverImageId, stored?.cover_image_id ?? null),
    featuredAt,
    hidden: changes.hidden === undefined ? (stored?.hidden ?? 0) : changes.hidden ? 1 : 0,
    now,
    by,
  };
  const rematched = next.name !== (stored?.name ?? null) || (stored?.hidden === 1 && next.hidden === 0);
  // A row back to "as IGDB has it" is removed, so the console's "Edited" filter means what it says.
  if (next.name === null && next.summary === null && next.cover === null && next.featuredAt === null && next.hidden === 0) {
    db.prepare("DELETE FROM game_curation WHERE game_id = ?").run(id);
    return { rematched };
  }
  db.prepare(
    `INSERT INTO game_curation (game_id, name, summary, cover_image_id, featured_at, hidden, updated_at, updated_by)
     VALUES (@id, @name, @summary, @cover, @featuredAt, @hidden, @now, @by)
     ON CONFLICT (game_id) DO UPDATE SET name = excluded.name, summary = excluded.summary, cover_image_id = excluded.cover_image_id,
       featured_at = excluded.featured_at, hidden = excluded.hidden, updated_at = excluded.updated_at, updated_by = excluded.updated_by`,
  ).run(next);
  return { rematched };
}
