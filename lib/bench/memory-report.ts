import "server-only";

import { getHeapCodeStatistics, getHeapSpaceStatistics } from "node:v8";

import { peekAccountsBackend } from "@/lib/accounts-db/get-db";
import { getCatalogDb } from "@/lib/catalog/db";
import { listSearchDocuments } from "@/lib/catalog/list-search-documents";
import type { CatalogDatabase } from "@/lib/catalog/open-catalog-database";
import { readSearchPlatforms } from "@/lib/catalog/read-search-platforms";
import { collectGarbage } from "@/lib/collect-garbage";
import { peekProcessSingleton } from "@/lib/process-singleton";
import { SearchIndex } from "@/lib/search/search-index";

import { estimateRetainedBytes, type RetainedBytes } from "./estimate-retained-bytes";

// What `npm run bench:memory` reads from inside the web process (GET /api/bench/memory): the V8 heap by
// space, the search index's size (measured by building a second copy between two full GCs, and estimated
// per structure), the SQLite connections' cache and mmap settings, PGlite's WebAssembly memory, and a
// structural estimate of every process singleton. RSS and file-backed mappings come from /proc, outside.

const MB = 1024 * 1024;
const mb = (bytes: number) => Math.round((bytes / MB) * 10) / 10;

function heapNow() {
  const usage = process.memoryUsage();
  return { heapUsed: usage.heapUsed, arrayBuffers: usage.arrayBuffers, external: usage.external };
}

/** Retained size of a search index over the whole catalog: heap and buffers after minus before, GC'd both times. */
function measureSearchIndex() {
  collectGarbage();
  const before = heapNow();
  const started = performance.now();
  const index = SearchIndex.build(listSearchDocuments(), { platforms: readSearchPlatforms(getCatalogDb()) });
  const buildMs = performance.now() - started;
  collectGarbage();
  const after = heapNow();
  const structures: Record<string, RetainedBytes> = {};
  for (const [name, value] of Object.entries(index.searchData)) structures[name] = estimateRetainedBytes(value);
  return {
    documents: index.size,
    build_ms: Math.round(buildMs),
    measured_heap_mb: mb(after.heapUsed - before.heapUsed),
    measured_buffers_mb: mb(after.arrayBuffers - before.arrayBuffers),
    estimated_mb: Object.fromEntries(Object.entries(structures).map(([k, v]) => [k, { heap: mb(v.heap), buffers: mb(v.buffers) }])),
  };
}

function sqliteSettings(db: CatalogDatabase | undefined) {
  if (!db?.open) return null;
  const pragma = (name: string) => Number(db.pragma(name, { simple: true }));
  return {
    cache_size: pragma("cache_size"),
    mmap_size_mb: mb(pragma("mmap_size")),
    file_mb: mb(pragma("page_count") * pragma("page_size")),
  };
}

/** Every process singleton (globalThis.questlog*): what it keeps alive, estimated structurally. */
function singletonSizes(): Record<string, { heap: number; buffers: number }> {
  const slots = globalThis as unknown as Record<string, unknown>;
  const seen = new Set<unknown>();
  const sizes: Record<string, { heap: number; buffers: number }> = {};
  for (const key of Object.keys(slots).filter((k) => k.startsWith("questlog"))) {
    const size = estimateRetainedBytes(slots[key], seen);
    sizes[key] = { heap: mb(size.heap), buffers: mb(size.buffers) };
  }
  return sizes;
}

/** The in-process half of bench:memory's breakdown; measureIndex builds a second index (a second or two). */
export async function memoryReport(options: { measureIndex: boolean }) {
  const searchIndex = options.measureIndex ? measureSearchIndex() : null;
  collectGarbage();
  const usage = process.memoryUsage();
  const backend = await peekAccountsBackend()?.catch(() => undefined);
  return {
    rss_mb: mb(usage.rss),
    heap_used_mb: mb(usage.heapUsed),
    heap_total_mb: mb(usage.heapTotal),
    external_mb: mb(usage.external),
    array_buffers_mb: mb(usage.arrayBuffers),
    heap_spaces_mb: Object.fromEntries(getHeapSpaceStatistics().map((s) => [s.space_name, mb(s.space_used_size)])),
    // Compiled code, bytecode and the source text of every loaded module (Next's server chunks among them).
    code_mb: Object.fromEntries(Object.entries(getHeapCodeStatistics()).map(([k, v]) => [k, mb(v as number)])),
    search_index: searchIndex,
    sqlite: {
      reader: sqliteSettings(peekProcessSingleton<CatalogDatabase>("questlogCatalog")),
      writer: sqliteSettings(peekProcessSingleton<CatalogDatabase>("questlogCatalogWriter")),
    },
    pglite_wasm_mb: backend?.wasmMemoryBytes ? mb(backend.wasmMemoryBytes()) : null,
    singletons_mb: singletonSizes(),
  };
}
