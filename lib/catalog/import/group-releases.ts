// Groups releases into games (the work), following the rules in ./README.md:
// 1. a MAME parent and its clones in one list are one game;
// 2. list groups that share a title key (any release title or original-language title) are the same work
//    when their evidence agrees: a shared publisher (releases at most 5 years apart), or, for a distinctive
//    title (two or more words, or eight or more letters), the same release year;
// 3. a "crowded" key, used by four or more publishers ("Tetris", "Chess", "Baseball"), names different
//    games, so there only a shared publisher merges;
// 4. a list group with neither publisher nor year joins the largest group of its key, unless crowded.
import { companyKeys, type ReleaseDraft } from "./release-from-entry";
import { UnionFind } from "./union-find";

const MAX_YEAR_GAP_SAME_PUBLISHER = 5;
const MIN_DISTINCTIVE_KEY_LENGTH = 8;
const CROWDED_KEY_PUBLISHERS = 4;

interface ListGroup {
  releases: ReleaseDraft[];
  keys: Set<string>;
  publishers: Set<string>;
  years: number[];
}

function toListGroups(releases: Iterable<ReleaseDraft>): ListGroup[] {
  const byParent = new Map<string, ListGroup>();
  for (const release of releases) {
    const id = `${release.list}/${release.parentName}`;
    let group = byParent.get(id);
    if (!group) {
      group = { releases: [], keys: new Set(), publishers: new Set(), years: [] };
      byParent.set(id, group);
    }
    group.releases.push(release);
    for (const key of release.keys) group.keys.add(key);
    for (const key of companyKeys(release.publisher)) group.publishers.add(key);
    if (release.year !== null && !group.years.includes(release.year)) group.years.push(release.year);
  }
  return [...byParent.values()];
}

function yearGap(a: number[], b: number[]): number {
  let gap = Infinity;
  for (const x of a) for (const y of b) gap = Math.min(gap, Math.abs(x - y));
  return gap;
}

function sharesPublisher(a: ListGroup, b: ListGroup): boolean {
  for (const p of a.publishers) if (b.publishers.has(p)) return true;
  return false;
}

function hasNoEvidence(g: ListGroup): boolean {
  return g.publishers.size === 0 && g.years.length === 0;
}

/** "Rockman" (Spectrum, 1985) is not "Rockman" (Famicom, 1987): a one-word title alone proves little. */
function isDistinctive(key: string): boolean {
  return key.includes(" ") || key.length >= MIN_DISTINCTIVE_KEY_LENGTH;
}

/** Whether two list groups with a common title key are the same work. */
function sameWork(a: ListGroup, b: ListGroup, key: string, crowded: boolean): boolean {
  const gap = yearGap(a.years, b.years);
  if (sharesPublisher(a, b)) return gap === Infinity || gap <= MAX_YEAR_GAP_SAME_PUBLISHER;
  // Different publishers happen for real ports (Ocean on one machine, US Gold on another), but so do
  // different games of the same name; only a distinctive title released the same year is trusted.
  return !crowded && gap === 0 && isDistinctive(key);
}

/**
 * Groups releases into games. Each returned array holds the releases of one game.
 *
 * @example groupReleases(releases).find((g) => g.some((r) => r.mameName === "rockman2"))
 *   // → the NES "Mega Man 2" releases, "Rockman 2 - Dr. Wily no Nazo (Japan)" among them
 */
export function groupReleases(releases: Iterable<ReleaseDraft>): ReleaseDraft[][] {
  const groups = toListGroups(releases);
  const byKey = new Map<string, number[]>();
  groups.forEach((group, index) => {
    for (const key of group.keys) {
      const bucket = byKey.get(key);
      if (bucket) bucket.push(index);
      else byKey.set(key, [index]);
    }
  });

  const sets = new UnionFind(groups.length);
  const orphans: Array<{ index: number; bucket: number[] }> = [];
  for (const [key, bucket] of byKey) {
    if (bucket.length < 2) continue;
    const publishers = new Set<string>();
    for (const i of bucket) for (const p of groups[i]!.publishers) publishers.add(p);
    const crowded = publishers.size >= CROWDED_KEY_PUBLISHERS;
    for (let x = 0; x < bucket.length; x++) {
      const a = groups[bucket[x]!]!;
      if (hasNoEvidence(a)) {
        if (!crowded) orphans.push({ index: bucket[x]!, bucket });
        continue;
      }
      for (let y = x + 1; y < bucket.length; y++) {
        const b = groups[bucket[y]!]!;
        if (!hasNoEvidence(b) && sameWork(a, b, key, crowded)) sets.union(bucket[x]!, bucket[y]!);
      }
    }
  }
  // Evidence-free groups join afterwards, so they can never bridge two works that evidence keeps apart.
  for (const { index, bucket } of orphans) {
    let best = -1;
    for (const i of bucket) {
      if (i === index || hasNoEvidence(groups[i]!)) continue;
      if (best < 0 || sets.sizeOf(i) > sets.sizeOf(best)) best = i;
    }
    if (best >= 0) sets.union(index, best);
    else for (const i of bucket) if (i !== index) sets.union(index, i);
  }

  const games = new Map<number, ReleaseDraft[]>();
  groups.forEach((group, index) => {
    const root = sets.find(index);
    const game = games.get(root);
    if (game) game.push(...group.releases);
    else games.set(root, [...group.releases]);
  });
  return [...games.values()];
}
