// Folder-level import cycles under lib/: madge finds file cycles, but two folders that import each other
// through different files are one room in two places. Prints each cycle's folders and the imports that
// make it, and exits 1 when there is one (npm test runs it after madge). Reads `@/lib/…` imports (the house
// style across folders).
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";

const LIB = path.resolve(import.meta.dirname, "..", "lib");
const folders = readdirSync(LIB).filter((name) => statSync(path.join(LIB, name)).isDirectory());
const edges = new Map<string, Map<string, string[]>>(folders.map((f) => [f, new Map()]));

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? walk(path.join(dir, e.name)) : /\.tsx?$/.test(e.name) ? [path.join(dir, e.name)] : [],
  );
}

for (const folder of folders) {
  for (const file of walk(path.join(LIB, folder))) {
    for (const match of readFileSync(file, "utf8").matchAll(/(?:from|import\(?)\s*"@\/lib\/([a-z0-9-]+)[^"]*"/g)) {
      const target = match[1]!;
      if (target === folder || !edges.has(target)) continue;
      const via = edges.get(folder)!;
      via.set(target, [...new Set([...(via.get(target) ?? []), path.relative(path.dirname(LIB), file)])]);
    }
  }
}

// Tarjan's strongly connected components: every component of more than one folder is a cycle.
const index = new Map<string, number>();
const low = new Map<string, number>();
const stack: string[] = [];
const cycles: string[][] = [];
function connect(v: string): void {
  index.set(v, index.size);
  low.set(v, index.get(v)!);
  stack.push(v);
  for (const w of edges.get(v)!.keys()) {
    if (!index.has(w)) {
      connect(w);
      low.set(v, Math.min(low.get(v)!, low.get(w)!));
    } else if (stack.includes(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
  }
  if (low.get(v) === index.get(v)) {
    const component: string[] = [];
    let w: string;
    do {
      w = stack.pop()!;
      component.push(w);
    } while (w !== v);
    if (component.length > 1) cycles.push(component.sort());
  }
}
for (const folder of folders) if (!index.has(folder)) connect(folder);

for (const cycle of cycles) {
  console.error(`Folders that import each other: ${cycle.join(", ")}`);
  for (const from of cycle)
    for (const [to, files] of edges.get(from)!) if (cycle.includes(to)) console.error(`  ${from} → ${to}: ${files.join(", ")}`);
}
if (cycles.length > 0) process.exit(1);
console.log(`No folder-level cycle among lib/'s ${folders.length} folders.`);
