// The README is the front door: short, and every link from it and from docs/ leads somewhere that exists.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";

import { describe, expect, it } from "vitest";

const root = path.join(import.meta.dirname, "../..");
const read = (file: string) => readFileSync(path.join(root, file), "utf8");

const docs = [
  "README.md",
  ...readdirSync(path.join(root, "docs"))
    .filter((f) => f.endsWith(".md"))
    .map((f) => `docs/${f}`),
];

/** Markdown outside fenced code blocks (a diagram or a shell example is not prose and holds no links). */
function proseLines(markdown: string): string[] {
  let fenced = false;
  return markdown.split("\n").filter((line) => {
    if (line.startsWith("```")) fenced = !fenced;
    return !fenced && !line.startsWith("```");
  });
}

/** GitHub's heading anchors: lower case, punctuation other than - and _ dropped, spaces to hyphens. */
function anchorsOf(markdown: string): Set<string> {
  const headings = proseLines(markdown).filter((l) => /^#{1,6} /.test(l));
  return new Set(
    headings.map((h) =>
      h
        .replace(/^#+ /, "")
        .toLowerCase()
        .replace(/[^\p{L}\p{N}\s_-]/gu, "")
        .replace(/ /g, "-"),
    ),
  );
}

function relativeLinks(markdown: string): string[] {
  const links = proseLines(markdown).flatMap((line) => [...line.matchAll(/\]\(([^)\s]+)\)/g)].map((m) => m[1]!));
  return links.filter((href) => !/^[a-z][a-z+.-]*:/i.test(href));
}

describe("README.md", () => {
  it("is at most 150 lines", () => {
    expect(read("README.md").trimEnd().split("\n").length).toBeLessThanOrEqual(150);
  });

  it("has no prose line over 120 characters", () => {
    expect(proseLines(read("README.md")).filter((l) => l.length > 120)).toEqual([]);
  });
});

describe("relative links in README.md and docs/", () => {
  it.each(docs)("%s links only to files and headings that exist", (file) => {
    const broken: string[] = [];
    for (const href of relativeLinks(read(file))) {
      const [target = "", anchor] = href.split("#");
      const resolved = target === "" ? file : path.posix.normalize(path.posix.join(path.posix.dirname(file), target));
      if (!existsSync(path.join(root, resolved))) broken.push(`${href} (no ${resolved})`);
      else if (anchor && resolved.endsWith(".md") && !anchorsOf(read(resolved)).has(anchor)) broken.push(`${href} (no heading #${anchor})`);
    }
    expect(broken).toEqual([]);
  });

  it("finds the links it checks", () => {
    expect(relativeLinks(read("README.md")).length).toBeGreaterThan(5);
  });
});
