// Baseline: Fuse.js (Bitap fuzzy matching) over names and alternative titles, threshold 0.4.
// It scans every document per query, so the benchmark runs it once over the labelled set.
import Fuse from "fuse.js";

import type { SearchDocument } from "@/lib/catalog/search-document";
import { fold } from "@/lib/text/fold";

import type { BenchEngine } from "./search-engine";

/** Builds a Fuse.js index; titles are accent-folded up front, queries at search time. */
export function createFuseEngine(docs: SearchDocument[]): BenchEngine {
  const records = docs.map((d) => ({ id: d.id, name: fold(d.titles[0] ?? ""), alt: d.titles.slice(1).map(fold) }));
  const fuse = new Fuse(records, { keys: ["name", "alt"], threshold: 0.4 });
  return {
    name: "fuse",
    rounds: 1,
    search: (query, limit) => fuse.search(fold(query), { limit }).map((r) => r.item.id),
  };
}
