import "server-only";

import { listSearchDocuments } from "@/lib/catalog/list-search-documents";

import { SearchIndex } from "./search-index";

// One index per server process, built once from the catalog replica and kept across dev reloads.
const globalForSearch = globalThis as unknown as { questlogSearchIndex?: SearchIndex };

/** The in-memory index over the whole catalog; the first call builds it (about a second for 73k games). */
export function getSearchIndex(): SearchIndex {
  globalForSearch.questlogSearchIndex ??= SearchIndex.build(listSearchDocuments());
  return globalForSearch.questlogSearchIndex;
}

/** Drops the index so the next search rebuilds it, after the catalog changed under it. */
export function invalidateSearchIndex(): void {
  globalForSearch.questlogSearchIndex = undefined;
}
