// Runs the catalog import with a terminal progress bar (cli-progress: a maintained, TTY-aware bar,
// which degrades to plain lines in CI logs).
import cliProgress from "cli-progress";

import { importCatalog, type ImportResult } from "@/lib/catalog/import/import-catalog";
import type { CatalogDatabase } from "@/lib/catalog/open-catalog-database";

const PHASE_LABELS = { read: "reading", group: "grouping", write: "writing", done: "done" } as const;

export async function runImportWithProgress(db: CatalogDatabase, source: string, options: { force?: boolean } = {}): Promise<ImportResult> {
  const bar = new cliProgress.SingleBar(
    { format: "catalog import |{bar}| {percentage}% {phase} {detail}", hideCursor: true, noTTYOutput: false, notTTYSchedule: 2000 },
    cliProgress.Presets.shades_classic,
  );
  // read is most of the wall time; grouping and the write transaction share the rest.
  const weights = { read: [0, 60], group: [60, 75], write: [75, 99], done: [100, 100] } as const;
  bar.start(100, 0, { phase: "starting", detail: "" });
  try {
    const result = await importCatalog(db, source, {
      force: options.force,
      onProgress: (p) => {
        const [from, to] = weights[p.phase];
        bar.update(Math.round(from + (to - from) * p.ratio), { phase: PHASE_LABELS[p.phase], detail: p.detail });
      },
    });
    bar.update(100, { phase: "done", detail: "" });
    bar.stop();
    if (result.skipped) {
      console.log(`Catalog already imported from this source (${result.games} games). Use --force to re-import.`);
    } else {
      console.log(
        `Imported ${result.games} games (${result.releases} releases on ${result.platforms} platforms, ` +
          `${result.companies} companies, ${result.alternativeTitles} alternative titles) from ${result.entriesRead} entries ` +
          `in ${(result.ms / 1000).toFixed(1)} s; left out ${result.nonGameEntries} non-game entries and ${result.entriesSkipped} malformed lines.`,
      );
    }
    return result;
  } catch (error) {
    bar.stop();
    throw error;
  }
}
