// Reads the imported catalog for the search benchmark: documents for in-memory engines and the slug → id
// map that resolves the labelled queries. It opens its own connection, so it runs outside Next.js.
import type Database from "better-sqlite3";

import { readSearchDocuments } from "@/lib/catalog/read-search-documents";
import type { SearchDocument } from "@/lib/catalog/search-document";

/** Every game as a search document: the same reader the server uses, so the bench measures what ships. */
export const loadSearchDocuments = (db: Database.Database): SearchDocument[] => readSearchDocuments(db);

/** games.slug → games.id */
export function loadSlugIds(db: Database.Database): Map<string, number> {
  const rows = db.prepare("SELECT id, slug FROM games").all() as Array<{ id: number; slug: string }>;
  return new Map(rows.map((r) => [r.slug, r.id]));
}
