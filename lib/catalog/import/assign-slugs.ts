// URL slugs: the most popular game of a name gets the plain slug ("tetris"); the others are told apart by
// platform, then year, then id ("tetris-game-boy", "tetris-game-boy-1989").
import { slugify } from "@/lib/text/fold";

export interface SluggableGame {
  id: number;
  name: string;
  popularity: number;
  platformSlug: string;
  year: number | null;
}

export function assignSlugs(games: SluggableGame[], taken: Set<string> = new Set()): Map<number, string> {
  const slugs = new Map<number, string>();
  const byPopularity = [...games].sort((a, b) => b.popularity - a.popularity || a.id - b.id);
  for (const game of byPopularity) {
    const base = slugify(game.name) || "game";
    const candidates = [
      base,
      `${base}-${game.platformSlug}`,
      game.year ? `${base}-${game.platformSlug}-${game.year}` : null,
      `${base}-${game.id}`,
    ];
    const slug = candidates.find((c): c is string => c !== null && !taken.has(c)) ?? `${base}-${game.id}-x`;
    taken.add(slug);
    slugs.set(game.id, slug);
  }
  return slugs;
}
