// npx tsx scripts/bench/summarize-heap-snapshot.ts Heap.X.heapsnapshot [top] – self size of a V8 heap snapshot by
// node type and constructor (the "Summary" view of Chrome's memory panel, without the browser), largest first.
// A snapshot of a few hundred MB needs a few GB to parse: run it with NODE_OPTIONS=--max-old-space-size=6000.
import { readFileSync } from "node:fs";

interface Snapshot {
  snapshot: { meta: { node_fields: string[]; node_types: [string[], ...unknown[]] } };
  nodes: number[];
  strings: string[];
}

const [file, top = "40"] = process.argv.slice(2);
if (!file) {
  console.error("usage: summarize-heap-snapshot.ts <file.heapsnapshot> [top]");
  process.exit(2);
}
const snapshot = JSON.parse(readFileSync(file, "utf8")) as Snapshot;
const fields = snapshot.snapshot.meta.node_fields;
const types = snapshot.snapshot.meta.node_types[0];
const width = fields.length;
const typeAt = fields.indexOf("type");
const nameAt = fields.indexOf("name");
const sizeAt = fields.indexOf("self_size");
const groups = new Map<string, { count: number; bytes: number }>();
let total = 0;
for (let i = 0; i < snapshot.nodes.length; i += width) {
  const type = types[snapshot.nodes[i + typeAt]!] ?? "?";
  // Strings and code are grouped by type alone: their "names" are their contents.
  const name = ["object", "closure", "native"].includes(type) ? snapshot.strings[snapshot.nodes[i + nameAt]!] : "";
  const key = `${type}${name ? ` ${name.slice(0, 60)}` : ""}`;
  const bytes = snapshot.nodes[i + sizeAt]!;
  total += bytes;
  const group = groups.get(key) ?? { count: 0, bytes: 0 };
  group.count++;
  group.bytes += bytes;
  groups.set(key, group);
}
const rows = [...groups.entries()]
  .sort((a, b) => b[1].bytes - a[1].bytes)
  .slice(0, Number(top))
  .map(([key, g]) => ({ group: key, count: g.count, mb: Math.round((g.bytes / 1048576) * 10) / 10 }));
console.log(`total self size: ${Math.round(total / 1048576)} MB`);
console.table(rows);
