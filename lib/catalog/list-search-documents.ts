import "server-only";

import { getCatalogDb } from "./db";
import { readSearchDocuments } from "./read-search-documents";
import type { SearchDocument } from "./search-document";

/** Every game of this instance's catalog as a search document (about 0.3 s for 73k games). */
export function listSearchDocuments(): SearchDocument[] {
  return readSearchDocuments(getCatalogDb());
}
