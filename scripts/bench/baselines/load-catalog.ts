// Reads the imported catalog for the search benchmark: documents for in-memory engines and the slug → id
// map that resolves the labelled queries. It opens its own connection, so it runs outside Next.js.
import type Database from "better-sqlite3";

import { readSearchDocuments } from "@/lib/catalog/read-search-documents";
import { readSearchPlatforms } from "@/lib/catalog/read-search-platforms";
import type { SearchDocument } from "@/lib/catalog/search-document";
import type { CatalogPlatform } from "@/lib/search/platforms/platform-aliases";

/** Every game as a search document: the same reader the server uses, so the bench measures what ships. */
export const loadSearchDocuments = (db: Database.Database): SearchDocument[] => readSearchDocuments(db);

/** games.slug → games.id */
export function loadSlugIds(db: Database.Database): Map<string, number> {
  const rows = db.prepare("SELECT id, slug FROM games").all() as Array<{ id: number; slug: string }>;
  return new Map(rows.map((r) => [r.slug, r.id]));
}

/** The catalog's platforms, for the platform words of queries: the reader the server uses. */
export const loadPlatforms = (db: Database.Database): CatalogPlatform[] => readSearchPlatforms(db);
