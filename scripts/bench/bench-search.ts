// npm run bench:search [-- --catalog path/to/catalog.sqlite] [--skip-fuse]
// Measures our in-memory search engine against baselines on the labelled queries in search-queries.json:
// hit@1/5/10, MRR (overall and by kind, for every engine) and per-query latency, plus the index's build
// time and memory with and without abbreviations and platform words. The last line printed is one JSON
// object for CI and reports.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";

import Database from "better-sqlite3";

import type { SearchDocument } from "@/lib/catalog/search-document";
import { getEnv } from "@/lib/env";
import type { CatalogPlatform } from "@/lib/search/platforms/platform-aliases";
import { SearchIndex } from "@/lib/search/search-index";

import { createFts5Engine } from "./baselines/fts5-engine";
import { createFuseEngine } from "./baselines/fuse-engine";
import { createLikeEngine } from "./baselines/like-engine";
import { loadPlatforms, loadSearchDocuments, loadSlugIds } from "./baselines/load-catalog";
import { createMiniSearchEngine } from "./baselines/minisearch-engine";
import type { BenchEngine } from "./baselines/search-engine";

const K = 5;
/** Results fetched per query: MRR and hit@10 look this deep. */
const DEPTH = 10;

interface LabelledQuery {
  q: string;
  expect: string;
  kind: string;
}

interface Evaluation {
  hitAt1: number;
  hitAt5: number;
  hitAt10: number;
  mrr: number;
  p50: number;
  p95: number;
  /** 1-based rank of the expected game per query, 0 when not in the first DEPTH results. */
  ranks: number[];
  results: number[][];
}

function argument(name: string): string | undefined {
  const args = process.argv.slice(2);
  const inline = args.find((a) => a.startsWith(`${name}=`));
  if (inline) return inline.slice(name.length + 1);
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
}

/** The whole catalog (the stand-in's file) by default, so numbers stay comparable whatever the seed size. */
function catalogPath(): string {
  const full = path.join(getEnv().DATA_DIR, "igdb-standin.sqlite");
  return argument("--catalog") ?? (existsSync(full) ? full : path.join(getEnv().DATA_DIR, "catalog.sqlite"));
}

/** A callable gc() so heap figures are not blurred by garbage; tsx gives no way to pass --expose-gc. */
function collectGarbage(): void {
  setFlagsFromString("--expose-gc");
  (runInNewContext("gc") as () => void)();
}

interface BuildCost {
  buildMs: number;
  heapMb: number;
  buffersMb: number;
}

/** Builds an index once, with its build time and the memory it holds (heap and typed-array buffers). */
function measureBuild(build: () => SearchIndex): BuildCost & { index: SearchIndex } {
  // Freed typed arrays go back to the system in the background: several collections settle the figures.
  for (let i = 0; i < 3; i++) collectGarbage();
  const before = process.memoryUsage();
  const start = performance.now();
  const index = build();
  const buildMs = performance.now() - start;
  for (let i = 0; i < 3; i++) collectGarbage();
  const after = process.memoryUsage();
  // Typed arrays live outside the JS heap: count their buffers too, or the index looks smaller than it is.
  return {
    index,
    buildMs,
    heapMb: (after.heapUsed - before.heapUsed) / 2 ** 20,
    buffersMb: (after.arrayBuffers - before.arrayBuffers) / 2 ** 20,
  };
}

/**
 * The index without and with abbreviations and platform words, each built twice in turns, keeping the
 * least of each figure: the first build of a process also pays for compiling the code, and the machine's
 * other load only ever adds. Only the last index with everything is kept, for the queries.
 */
function measureBuilds(docs: SearchDocument[], platforms: CatalogPlatform[]): { plain: BuildCost; full: BuildCost; index: SearchIndex } {
  // A fresh object: the measured one also holds its index, which must not stay alive.
  const least = (a: BuildCost | null, b: BuildCost): BuildCost => ({
    buildMs: Math.min(a?.buildMs ?? Infinity, b.buildMs),
    heapMb: Math.min(a?.heapMb ?? Infinity, b.heapMb),
    buffersMb: Math.min(a?.buffersMb ?? Infinity, b.buffersMb),
  });
  let plain: BuildCost | null = null;
  let full: BuildCost | null = null;
  let index: SearchIndex | null = null;
  for (let round = 0; round < 2; round++) {
    index = null; // dropped before each measurement, so that no figure holds another index
    plain = least(
      plain,
      measureBuild(() => SearchIndex.build(docs, { abbreviations: false })),
    );
    const built = measureBuild(() => SearchIndex.build(docs, { platforms }));
    full = least(full, built);
    index = built.index;
  }
  return { plain: plain!, full: full!, index: index! };
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
}

const round = (n: number, digits = 3) => Math.round(n * 10 ** digits) / 10 ** digits;

function evaluate(engine: BenchEngine, queries: LabelledQuery[], expected: number[]): Evaluation {
  if (engine.rounds > 1) for (const { q } of queries) engine.search(q, DEPTH);
  const times: number[] = [];
  const results: number[][] = [];
  for (let r = 0; r < engine.rounds; r++) {
    queries.forEach(({ q }, i) => {
      const start = performance.now();
      const ids = engine.search(q, DEPTH);
      times.push(performance.now() - start);
      if (r === 0) results[i] = ids;
    });
  }
  const ranks = results.map((ids, i) => ids.indexOf(expected[i] ?? -1) + 1);
  const share = (ok: (rank: number) => boolean) => ranks.filter(ok).length / Math.max(1, ranks.length);
  times.sort((a, b) => a - b);
  return {
    hitAt1: share((r) => r === 1),
    hitAt5: share((r) => r >= 1 && r <= K),
    hitAt10: share((r) => r >= 1 && r <= DEPTH),
    mrr: ranks.reduce((sum, r) => sum + (r > 0 ? 1 / r : 0), 0) / Math.max(1, ranks.length),
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    ranks,
    results,
  };
}

/** [kind, n, hit@K, mrr] of one engine over the queries of one kind. */
function byKind(queries: LabelledQuery[], kind: string, e: Evaluation): [string, number, number, number] {
  const at = queries.map((q, i) => (q.kind === kind ? i : -1)).filter((i) => i >= 0);
  const hits = at.filter((i) => (e.ranks[i] ?? 0) >= 1 && (e.ranks[i] ?? 0) <= K).length;
  const mrr = at.reduce((sum, i) => sum + ((e.ranks[i] ?? 0) > 0 ? 1 / (e.ranks[i] ?? 1) : 0), 0) / Math.max(1, at.length);
  return [kind, at.length, round(hits / Math.max(1, at.length)), round(mrr)];
}

function table(header: string[], rows: Array<Array<string | number>>): string {
  const cells = [header, ...rows.map((r) => r.map(String))];
  const widths = header.map((_, c) => Math.max(...cells.map((r) => (r[c] ?? "").length)));
  const line = (r: string[]) => r.map((cell, c) => cell.padEnd(widths[c] ?? 0)).join("  ");
  return [line(header), line(widths.map((w) => "-".repeat(w))), ...cells.slice(1).map(line)].join("\n");
}

function main(): void {
  const file = catalogPath();
  const db = new Database(file, { readonly: true, fileMustExist: true });
  const slugIds = loadSlugIds(db);
  const labelled = JSON.parse(readFileSync(new URL("./search-queries.json", import.meta.url), "utf8")) as LabelledQuery[];
  const unknown = labelled.filter((l) => !slugIds.has(l.expect));
  for (const l of unknown) console.warn(`! "${l.q}": expected slug ${l.expect} is not in the catalog; skipped`);
  const queries = labelled.filter((l) => slugIds.has(l.expect));
  const expected = queries.map((l) => slugIds.get(l.expect) ?? -1);

  const docs = loadSearchDocuments(db);
  const names = new Map(docs.map((d) => [d.id, d.titles[0] ?? ""]));
  console.log(`catalog ${file}: ${docs.length} games, ${queries.length} labelled queries\n`);

  // The index as it was before abbreviations and platform words, to print what they cost in time and memory.
  const { plain, full, index } = measureBuilds(docs, loadPlatforms(db));
  const { buildMs, heapMb, buffersMb } = full;
  const growth = (a: number, b: number) => `${b >= a ? "+" : ""}${(((b - a) / Math.max(a, 1e-9)) * 100).toFixed(0)}%`;
  console.log(
    table(
      ["index", "build ms", "heap MB", "typed arrays MB", "total MB"],
      [
        [
          "without abbreviations and platform words",
          plain.buildMs.toFixed(0),
          plain.heapMb.toFixed(1),
          plain.buffersMb.toFixed(1),
          (plain.heapMb + plain.buffersMb).toFixed(1),
        ],
        ["questlog (as shipped)", buildMs.toFixed(0), heapMb.toFixed(1), buffersMb.toFixed(1), (heapMb + buffersMb).toFixed(1)],
        ["change", growth(plain.buildMs, buildMs), "", "", growth(plain.heapMb + plain.buffersMb, heapMb + buffersMb)],
      ],
    ) + "\n",
  );

  const ours: BenchEngine = {
    name: "questlog",
    rounds: 5,
    search: (q, limit) => index.search(q, { limit, offset: 0, sort: "relevance" }).hits.map((h) => h.id),
  };
  const mine = evaluate(ours, queries, expected);

  const misses = queries
    .map((l, i) => ({ l, rank: mine.ranks[i] ?? 0, top: mine.results[i] ?? [] }))
    .filter((m) => m.rank === 0 || m.rank > K);
  console.log(`misses (expected game not in our top ${K}): ${misses.length}`);
  if (misses.length > 0) {
    const rows = misses.map((m) => [
      m.l.q,
      m.l.kind,
      names.get(slugIds.get(m.l.expect) ?? -1) ?? m.l.expect,
      m.rank === 0 ? `>${DEPTH}` : m.rank,
      m.top
        .slice(0, 3)
        .map((id) => names.get(id))
        .join(" | "),
    ]);
    console.log(table(["query", "kind", "expected", "rank", "our top 3"], rows));
  }
  const kinds = [...new Set(queries.map((q) => q.kind))];
  console.log(
    `\nours by kind:\n${table(
      ["kind", "n", `hit@${K}`, "mrr"],
      kinds.map((kind) => byKind(queries, kind, mine)),
    )}\n`,
  );

  const baselines: BenchEngine[] = [createMiniSearchEngine(docs)];
  if (!process.argv.includes("--skip-fuse")) baselines.push(createFuseEngine(docs));
  baselines.push(createFts5Engine(db), createLikeEngine(db));
  const evaluations = new Map<string, Evaluation>([[ours.name, mine]]);
  for (const engine of baselines) {
    console.log(`running ${engine.name}…`);
    evaluations.set(engine.name, evaluate(engine, queries, expected));
  }
  db.close();

  console.log(
    `\n${table(
      ["engine", "hit@1", `hit@${K}`, "hit@10", "mrr", "p50 ms", "p95 ms"],
      [...evaluations].map(([name, e]) => [
        name,
        round(e.hitAt1),
        round(e.hitAt5),
        round(e.hitAt10),
        round(e.mrr),
        round(e.p50),
        round(e.p95),
      ]),
    )}\n`,
  );
  const engines = [...evaluations];
  console.log(
    `every engine by kind (hit@${K} / mrr), on the same queries:\n${table(
      ["kind", "n", ...engines.map(([name]) => name)],
      kinds.map((kind) => {
        const cells = engines.map(([, e]) => byKind(queries, kind, e));
        return [kind, cells[0]?.[1] ?? 0, ...cells.map((c) => `${c[2]} / ${c[3]}`)];
      }),
    )}\n`,
  );
  const summary = {
    hit_at_k: round(mine.hitAt5, 4),
    k: K,
    mrr: round(mine.mrr, 4),
    p50_ms: round(mine.p50, 4),
    p95_ms: round(mine.p95, 4),
    queries: queries.length,
    build_ms: Math.round(buildMs),
    heap_mb: round(heapMb, 1),
    array_buffers_mb: round(buffersMb, 1),
    plain_build_ms: Math.round(plain.buildMs),
    plain_memory_mb: round(plain.heapMb + plain.buffersMb, 1),
    by_kind: Object.fromEntries(
      kinds.map((kind) => [kind, { hit_at_k: byKind(queries, kind, mine)[2], mrr: byKind(queries, kind, mine)[3] }]),
    ),
    baselines: Object.fromEntries(
      [...evaluations]
        .filter(([name]) => name !== ours.name)
        .map(([name, e]) => [name, { hit_at_k: round(e.hitAt5, 4), mrr: round(e.mrr, 4), p95_ms: round(e.p95, 4) }]),
    ),
  };
  console.log(JSON.stringify(summary));
}

main();
