// npm run standalone:assemble – after `next build`, completes .next/standalone into a directory that runs the
// whole site with `node server.js` and nothing else (the Dockerfile copies it into its runtime image as is; the
// `standalone` e2e project starts it the same way). Next's file tracing copies server.js, the compiled app and
// the node_modules it can see being required; this adds what it cannot see:
// - .next/static and public/: served by server.js, but Next leaves copying them to the deployer;
// - prisma/migrations: read from the working directory at start (lib/accounts-db/read-migrations.ts), not traced;
// - vendor/: the embedded CC0 catalog a zero-config first start imports (CATALOG_SOURCE), not traced;
// - scripts/igdb-standin.mjs and scripts/stripe-standin.mjs: the stand-ins zero-config mode spawns
//   (lib/child-process/spawn-ready-child.ts) run their TypeScript under tsx in a checkout; here each is bundled into one ES
//   module (zod and stripe included, better-sqlite3 left to the traced node_modules), so the image needs neither
//   tsx nor the lib/ sources.
import { cpSync, existsSync, rmSync } from "node:fs";
import path from "node:path";

import { build } from "esbuild";

const ROOT = process.cwd();
const STANDALONE = path.join(ROOT, ".next", "standalone");

// Where the bundled stand-ins land in the standalone directory: lib/child-process/spawn-ready-child.ts looks for them there.
const STANDIN_SCRIPTS = ["igdb-standin", "stripe-standin"];

function copyInto(from: string, to: string): void {
  const target = path.join(STANDALONE, to);
  rmSync(target, { recursive: true, force: true });
  cpSync(path.join(ROOT, from), target, { recursive: true });
}

if (!existsSync(path.join(STANDALONE, "server.js"))) {
  console.error('No .next/standalone/server.js: run `npm run build` first (next.config.ts sets output: "standalone").');
  process.exit(1);
}

copyInto(path.join(".next", "static"), path.join(".next", "static"));
copyInto("public", "public");
copyInto(path.join("prisma", "migrations"), path.join("prisma", "migrations"));
copyInto("vendor", "vendor");

for (const script of STANDIN_SCRIPTS) {
  await build({
    entryPoints: [path.join(ROOT, "scripts", `${script}.ts`)],
    outfile: path.join(STANDALONE, "scripts", `${script}.mjs`),
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    tsconfig: path.join(ROOT, "tsconfig.json"),
    // A native addon: resolved at run time from the standalone node_modules, which tracing filled for the server.
    external: ["better-sqlite3"],
    // Bundled CommonJS (zod's fallbacks) may call require(); an ES module has none unless given one.
    banner: { js: 'import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);' },
    logLevel: "warning",
  });
}

console.log(`Standalone server assembled in ${path.relative(ROOT, STANDALONE)}: start it with \`node server.js\` from there.`);
