import { describe, expect, it } from "vitest";

import { mappedRssKb, readProcessMemory } from "@/scripts/bench/lib/read-process-memory";

const SMAPS = `55d0c0000000-55d0c0100000 r--p 00000000 08:01 123  /usr/bin/node
Rss:                 900 kB
7f0000000000-7f0010000000 r--s 00000000 08:01 456  /srv/data/catalog.sqlite
Size:             262144 kB
Rss:               38000 kB
7f0010000000-7f0010008000 rw-s 00000000 08:01 457  /srv/data/catalog.sqlite-shm
Rss:                  32 kB
7f0020000000-7f0020001000 rw-p 00000000 00:00 0
Rss:                   4 kB
`;

describe("mappedRssKb", () => {
  it("sums the resident kB of the mappings whose path matches, and only theirs", () => {
    expect(mappedRssKb(SMAPS, /\.sqlite(-shm)?$/)).toBe(38032);
    expect(mappedRssKb(SMAPS, /node$/)).toBe(900);
  });
});

describe("readProcessMemory", () => {
  it("reads this process, whose RSS is its anonymous plus file-backed memory", () => {
    const memory = readProcessMemory(process.pid)!;
    expect(memory.rss_mb).toBeGreaterThan(10);
    expect(Math.abs(memory.anon_mb + memory.file_mb - memory.rss_mb)).toBeLessThan(2);
  });

  it("gives null for a process that does not exist", () => {
    expect(readProcessMemory(2 ** 22 + 1)).toBeNull();
  });
});
