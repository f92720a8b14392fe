// Streams the gzipped NDJSON export of the MAME software lists, validating each line at the boundary.
import { createReadStream, statSync } from "node:fs";
import { createInterface } from "node:readline";
import { createGunzip } from "node:zlib";

import { z } from "zod";

const optionalText = z.string().trim().optional().catch(undefined);

export const mameEntrySchema = z.object({
  list: z.string().min(1),
  list_description: z.string().default(""),
  name: z.string().min(1),
  cloneof: optionalText,
  supported: optionalText,
  description: z.string().min(1),
  year: z.string().default(""),
  publisher: z.string().default(""),
  info: z
    .object({
      serial: optionalText,
      release: optionalText,
      alt_title: optionalText,
      developer: optionalText,
    })
    .catch({})
    .default({}),
});
export type MameEntry = z.infer<typeof mameEntrySchema>;

export interface ReadProgress {
  bytesRead: number;
  totalBytes: number;
  entries: number;
  skipped: number;
}

/** Yields every valid entry; malformed lines are counted in `progress.skipped`, never fatal. */
export async function* readMameEntries(path: string, onProgress?: (progress: ReadProgress) => void): AsyncGenerator<MameEntry> {
  const totalBytes = statSync(path).size;
  const progress: ReadProgress = { bytesRead: 0, totalBytes, entries: 0, skipped: 0 };
  const file = createReadStream(path);
  file.on("data", (chunk) => {
    progress.bytesRead += chunk.length;
  });
  const lines = createInterface({ input: file.pipe(createGunzip()), crlfDelay: Infinity });
  for await (const line of lines) {
    if (!line.trim()) continue;
    let parsed: ReturnType<typeof mameEntrySchema.safeParse>;
    try {
      parsed = mameEntrySchema.safeParse(JSON.parse(line));
    } catch {
      progress.skipped++;
      continue;
    }
    if (!parsed.success) {
      progress.skipped++;
      continue;
    }
    progress.entries++;
    if (onProgress && progress.entries % 2000 === 0) onProgress(progress);
    yield parsed.data;
  }
  onProgress?.({ ...progress, bytesRead: totalBytes });
}
