// docs/configuration.md is generated from lib/env.ts; a variable added or reworded there without
// `npm run docs:config` leaves the reference stale, and this fails.
import { readFileSync } from "node:fs";
import path from "node:path";

import { describe, expect, it } from "vitest";

import { serverSchema } from "@/lib/env";
import { renderConfigurationDoc } from "@/scripts/docs/render-configuration-doc";

const committed = () => readFileSync(path.join(import.meta.dirname, "../../docs/configuration.md"), "utf8");

describe("docs/configuration.md", () => {
  it("is what `npm run docs:config` generates from lib/env.ts now", () => {
    expect(committed(), "run `npm run docs:config` and commit docs/configuration.md").toBe(renderConfigurationDoc());
  });

  it("has one table row for every variable lib/env.ts reads", () => {
    const rows = committed()
      .split("\n")
      .filter((line) => line.startsWith("| `"));
    const documented = rows.map((line) => /^\| `([A-Z0-9_]+)`/.exec(line)?.[1]);
    expect(documented).toEqual(Object.keys(serverSchema.shape));
  });

  it("keeps the table in one piece (a blank line inside a Markdown table ends it)", () => {
    const lines = committed().split("\n");
    const first = lines.findIndex((l) => l.startsWith("| variable |"));
    const last = lines.findLastIndex((l) => l.startsWith("|"));
    expect(first).toBeGreaterThan(0);
    expect(lines.slice(first, last + 1).every((l) => l.startsWith("|"))).toBe(true);
  });
});
