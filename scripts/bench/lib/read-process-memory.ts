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
  /** Anonymous RSS by kind of mapping: malloc's main heap (brk), WebAssembly memories (reservations of many GB), the rest. */
  anon_regions_mb: { brk_heap: number; wasm: number; other: number };
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

interface Mapping {
  start: bigint;
  end: bigint;
  inode: string;
  name: string;
  protection: string;
  anonymousKb: number;
}

function parseMappings(smaps: string): Mapping[] {
  const mappings: Mapping[] = [];
  for (const line of smaps.split("\n")) {
    const header = /^([0-9a-f]+)-([0-9a-f]+) (\S+) \S+ \S+ (\d+)\s*(.*)$/.exec(line);
    if (header) {
      const [, start, end, protection, inode, name] = header;
      mappings.push({
        start: BigInt(`0x${start}`),
        end: BigInt(`0x${end}`),
        inode: inode!,
        name: name ?? "",
        protection: protection!,
        anonymousKb: 0,
      });
    } else if (line.startsWith("Anonymous:") && mappings.length > 0) {
      mappings[mappings.length - 1]!.anonymousKb += Number(/(\d+)/.exec(line)?.[1] ?? 0);
    }
  }
  return mappings;
}

const GUARD = BigInt(1024 ** 3);

/**
 * Anonymous resident kB split by mapping: "[heap]" (malloc's main arena), WebAssembly memories, and the rest
 * (V8's heap pages, other malloc arenas, thread stacks). A WASM memory is a read-write mapping right below
 * the inaccessible rest of its reservation of several GB: V8 reserves the whole range once and opens a
 * prefix of it as the memory grows.
 */
export function anonymousRegionsKb(smaps: string): { brk_heap: number; wasm: number; other: number } {
  const regions = { brk_heap: 0, wasm: 0, other: 0 };
  const mappings = parseMappings(smaps);
  mappings.forEach((m, i) => {
    if (m.name === "[heap]") regions.brk_heap += m.anonymousKb;
    else if (m.inode !== "0" || m.name.startsWith("[")) return;
    else {
      const next = mappings[i + 1];
      const belowReservation = next?.start === m.end && next.protection === "---p" && next.end - next.start >= GUARD;
      if (belowReservation) regions.wasm += m.anonymousKb;
      else regions.other += m.anonymousKb;
    }
  });
  return regions;
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
      anon_regions_mb: Object.fromEntries(
        Object.entries(anonymousRegionsKb(smaps)).map(([k, v]) => [k, mbOfKb(v)]),
      ) as ProcessMemory["anon_regions_mb"],
    };
  } catch {
    return null;
  }
}
