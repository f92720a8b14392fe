// Builds one game from its grouped releases: the display name, alternative titles, dates and the
// popularity evidence.
import { ENGLISH_REGIONS } from "./parse-release-title";
import { platformReach } from "./platform-reach";
import type { ReleaseDraft } from "./release-from-entry";
import { titleKey } from "./title-key";

export interface GameDraft {
  /** Stable across imports of the same data: the smallest "list/name" among the game's releases. */
  anchor: string;
  name: string;
  sortName: string;
  altTitles: string[];
  releases: ReleaseDraft[];
  firstReleaseDate: string | null;
  firstReleaseYear: number | null;
  platformCount: number;
  regionCount: number;
  /** Raw evidence score; scaled to 0–100 over the whole catalog by `scalePopularity`. */
  popularityEvidence: number;
}

const MAX_ALT_TITLES = 24;
const MAX_COUNTED_RELEASES = 24;
const LEADING_ARTICLE_RE = /^(the|a|an)\s+/i;

/** How well a release's title represents the game: an English, final, parent release wins. */
function nameScore(r: ReleaseDraft): number {
  let score = 0;
  if (!r.isClone) score += 1;
  if (r.regions.some((region) => ENGLISH_REGIONS.has(region))) score += 3;
  else if (r.regions.length === 0) score += 1.5;
  if (r.status) score -= 5;
  if (r.tags.length > 0) score -= 0.5;
  if (/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u.test(r.title)) score -= 4;
  return score;
}

function compareDates(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function buildGame(releases: ReleaseDraft[]): GameDraft {
  const ranked = [...releases].sort((a, b) => nameScore(b) - nameScore(a) || platformReach(b.list) - platformReach(a.list));
  const name = ranked[0]!.title;
  const nameKey = titleKey(name);

  const altTitles: string[] = [];
  const seen = new Set([nameKey]);
  for (const r of ranked) {
    for (const title of [r.title, r.altTitle]) {
      const key = title ? titleKey(title) : "";
      if (!title || !key || seen.has(key)) continue;
      seen.add(key);
      altTitles.push(title);
    }
  }

  let firstReleaseDate: string | null = null;
  for (const r of releases) {
    if (r.releaseDate && (!firstReleaseDate || compareDates(r.releaseDate, firstReleaseDate) < 0)) {
      firstReleaseDate = r.releaseDate;
    }
  }
  const platforms = new Set(releases.map((r) => r.platform.slug));
  const regions = new Set(releases.flatMap((r) => r.regions));
  const lists = new Set(releases.map((r) => r.list));
  const maxReach = Math.max(...[...lists].map(platformReach));
  const localized = releases.some((r) => r.altTitle) && releases.some((r) => r.regions.some((x) => ENGLISH_REGIONS.has(x)));
  const unofficial = releases.every((r) => r.status !== null || r.publisher === null);

  // Evidence of reach: machines it was ported to, regions it was sold in, how many versions were dumped
  // (capped: one Amstrad CPC game can have 90 cracked and trained dumps), and how many players its biggest
  // platform had. A game both localised from Japanese and sold in English was worth translating.
  let evidence =
    2.0 * Math.log1p(platforms.size) +
    1.4 * Math.log1p(regions.size) +
    0.5 * Math.log1p(Math.min(releases.length, MAX_COUNTED_RELEASES)) +
    2.0 * maxReach +
    (localized ? 0.4 : 0);
  if (unofficial) evidence *= 0.6;

  return {
    anchor: releases.map((r) => `${r.list}/${r.mameName}`).sort()[0]!,
    name,
    sortName: titleKey(name.replace(LEADING_ARTICLE_RE, "")) || nameKey,
    altTitles: altTitles.slice(0, MAX_ALT_TITLES),
    releases,
    firstReleaseDate,
    firstReleaseYear: firstReleaseDate ? Number(firstReleaseDate.slice(0, 4)) : null,
    platformCount: platforms.size,
    regionCount: regions.size,
    popularityEvidence: evidence,
  };
}

/** Scales raw evidence onto 0–100, the most-evidenced game of the catalog being 100. */
export function scalePopularity(games: GameDraft[]): Map<GameDraft, number> {
  const max = Math.max(...games.map((g) => g.popularityEvidence), 1e-9);
  return new Map(games.map((g) => [g, Math.round((1000 * g.popularityEvidence) / max) / 10]));
}
