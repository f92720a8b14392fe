import "server-only";

import { getCatalogDb } from "@/lib/catalog/db";

import type { PrerenderedGames } from "./admin-catalog-schemas";
import { readPrerenderedSlugs } from "./read-prerendered-slugs";

/** The game pages `next build` prerendered, with their games as the site names them now (null: gone since the build). */
export function listPrerenderedGames(): PrerenderedGames {
  const manifest = readPrerenderedSlugs();
  if (!manifest.available) return { available: false, reason: manifest.reason, count: 0, games: [] };
  const lookup = getCatalogDb().prepare(
    "SELECT g.id, COALESCE(c.name, g.name) AS name FROM games g LEFT JOIN game_curation c ON c.game_id = g.id WHERE g.slug = ?",
  );
  const games = manifest.slugs.map((slug) => {
    const game = lookup.get(slug) as { id: number; name: string } | undefined;
    return { slug, name: game?.name ?? null, id: game?.id ?? null };
  });
  return { available: true, builtAt: manifest.builtAt, count: games.length, games };
}
