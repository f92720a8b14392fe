// Decides which MAME clones really are versions of their parent. On console lists a clone is a regional
// or revised release ("Rockman 2 - Dr. Wily no Nazo (Japan)" of "Mega Man 2 (Europe)"), but some lists use
// cloneof for "same disk family": cpc_flop files "Ghostbusters II" and "Football Manager 3" under
// "Ghostbusters" and "Football Manager". A clone whose title differs from its parent's is kept only when
// it reads like a translation, never like a sequel, an edition or a compilation.
import type { ReleaseDraft } from "./release-from-entry";

const ROMAN: Record<string, string> = { ii: "2", iii: "3", iv: "4", v: "5", vi: "6", vii: "7", viii: "8", ix: "9", x: "10" };
/** Lists where most differently-titled clones are other games: clones there must share the title. */
const STRICT_LIST_MISMATCH_RATIO = 0.6;
const MIN_CLONES_FOR_RATIO = 20;

function numbersOf(key: string): string {
  return key
    .split(" ")
    .map((w) => ROMAN[w] ?? w)
    .filter((w) => /^\d+$/.test(w))
    .sort()
    .join(",");
}

/** Whether a differently-titled clone can still be the same game as its parent. */
export function looksLikeSameGame(cloneKey: string, parentKey: string, cloneTitle: string, parentTitle: string): boolean {
  if (cloneKey === parentKey) return true;
  if (cloneTitle.includes(" & ") || parentTitle.includes(" & ")) return false;
  if (cloneKey.startsWith(`${parentKey} `) || parentKey.startsWith(`${cloneKey} `)) return false;
  return numbersOf(cloneKey) === numbersOf(parentKey);
}

/** Rewrites `parentName` of clones that are other games, so each becomes its own parent. */
export function bondClones(releases: ReleaseDraft[]): void {
  const parents = new Map<string, ReleaseDraft>();
  for (const r of releases) if (!r.isClone) parents.set(`${r.list}/${r.mameName}`, r);

  const clonesPerList = new Map<string, { total: number; mismatched: number }>();
  for (const r of releases) {
    const parent = r.isClone ? parents.get(`${r.list}/${r.parentName}`) : undefined;
    if (!parent) continue;
    const stats = clonesPerList.get(r.list) ?? { total: 0, mismatched: 0 };
    stats.total++;
    if (r.keys[0] !== parent.keys[0]) stats.mismatched++;
    clonesPerList.set(r.list, stats);
  }
  const strictLists = new Set(
    [...clonesPerList]
      .filter(([, s]) => s.total >= MIN_CLONES_FOR_RATIO && s.mismatched / s.total >= STRICT_LIST_MISMATCH_RATIO)
      .map(([list]) => list),
  );

  for (const r of releases) {
    if (!r.isClone) continue;
    const parent = parents.get(`${r.list}/${r.parentName}`);
    const cloneKey = r.keys[0] ?? "";
    const parentKey = parent?.keys[0] ?? "";
    const bonded =
      parent !== undefined &&
      (strictLists.has(r.list) ? cloneKey === parentKey : looksLikeSameGame(cloneKey, parentKey, r.title, parent.title));
    if (!bonded) {
      r.parentName = r.mameName;
      r.isClone = false;
    }
  }
}
