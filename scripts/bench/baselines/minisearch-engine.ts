// Baseline: MiniSearch with its usual "search as you type" settings (fuzzy 0.2, prefix, name boosted).
// Terms are accent-folded like ours, so the comparison is about ranking and matching, not folding.
import MiniSearch from "minisearch";

import type { SearchDocument } from "@/lib/catalog/search-document";
import { fold } from "@/lib/text/fold";

import type { BenchEngine } from "./search-engine";

/** Builds a MiniSearch index over display names and alternative titles. */
export function createMiniSearchEngine(docs: SearchDocument[]): BenchEngine {
  const index = new MiniSearch<{ id: number; name: string; alt: string }>({
    fields: ["name", "alt"],
    processTerm: (term) => fold(term),
  });
  index.addAll(docs.map((d) => ({ id: d.id, name: d.titles[0] ?? "", alt: d.titles.slice(1).join(" | ") })));
  return {
    name: "minisearch",
    rounds: 3,
    search: (query, limit) =>
      index
        .search(query, { fuzzy: 0.2, prefix: true, boost: { name: 2 } })
        .slice(0, limit)
        .map((r) => Number(r.id)),
  };
}
