import "server-only";

import { listSearchDocuments } from "@/lib/catalog/list-search-documents";

import { LiveSearchIndex } from "./live-search-index";
import { SearchIndex } from "./search-index";

// One index per server process, built once from the catalog replica and kept across dev reloads.
const globalForSearch = globalThis as unknown as { questlogSearchIndex?: LiveSearchIndex };

/** The in-memory index over the whole catalog; the first call builds it (about a second for 73k games). */
export function getSearchIndex(): LiveSearchIndex {
  globalForSearch.questlogSearchIndex ??= new LiveSearchIndex(SearchIndex.build(listSearchDocuments()), listSearchDocuments);
  return globalForSearch.questlogSearchIndex;
}

/** The index if this process built one (the web server), else null (a worker-only process has none). */
export function peekSearchIndex(): LiveSearchIndex | null {
  return globalForSearch.questlogSearchIndex ?? null;
}

/** Drops the index so the next search rebuilds it, after the catalog changed under it wholesale. */
export function invalidateSearchIndex(): void {
  globalForSearch.questlogSearchIndex = undefined;
}
