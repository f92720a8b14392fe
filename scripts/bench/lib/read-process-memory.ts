// One process's memory from /proc (Linux): RSS split as the kernel counts it (anonymous: heaps, WASM, malloc;
// file-backed: the node binary, native addons, mmap'd files), and the part of it that is SQLite files mapped
// by SQLite's mmap_size (catalog.sqlite and its -shm), summed from /proc/<pid>/smaps.
import { readFileSync } from "node:fs";

export interface ProcessMemory {
  pid: number;
  command: string;
  rss_mb: number;
  anon_mb: number;
  file_mb: number;
  peak_rss_mb: number;
  /** Resident pages of mapped *.sqlite / *.sqlite-shm files. */
  sqlite_mb: number;
}

const mbOfKb = (kb: number) => Math.round((kb / 1024) * 10) / 10;

function statusKb(status: string, field: string): number {
  const match = new RegExp(`^${field}:\\s+(\\d+) kB`, "m").exec(status);
  return Number(match?.[1] ?? 0);
}

/** Resident kB of the mappings whose path matches, from smaps (one header line, then "Rss:" among its fields). */
export function mappedRssKb(smaps: string, path: RegExp): number {
  let kb = 0;
  let counting = false;
  for (const line of smaps.split("\n")) {
    if (/^[0-9a-f]+-[0-9a-f]+ /.test(line)) counting = path.test(line);
    else if (counting && line.startsWith("Rss:")) kb += Number(/(\d+)/.exec(line)?.[1] ?? 0);
  }
  return kb;
}

/** The process's memory, or null when it has exited. */
export function readProcessMemory(pid: number): ProcessMemory | null {
  try {
    const status = readFileSync(`/proc/${pid}/status`, "utf8");
    const command = readFileSync(`/proc/${pid}/cmdline`, "utf8").replaceAll("\0", " ").trim();
    const smaps = readFileSync(`/proc/${pid}/smaps`, "utf8");
    return {
      pid,
      command,
      rss_mb: mbOfKb(statusKb(status, "VmRSS")),
      anon_mb: mbOfKb(statusKb(status, "RssAnon")),
      file_mb: mbOfKb(statusKb(status, "RssFile") + statusKb(status, "RssShmem")),
      peak_rss_mb: mbOfKb(statusKb(status, "VmHWM")),
      sqlite_mb: mbOfKb(mappedRssKb(smaps, /\.sqlite(-shm)?$/)),
    };
  } catch {
    return null;
  }
}
