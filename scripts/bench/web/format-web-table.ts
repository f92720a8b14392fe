// The table bench:web prints: one row per page type, each figure marked against issue 18's targets.

export interface PageAudit {
  name: string;
  path: string;
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  lcpMs: number;
  tbtMs: number;
  cls: number;
  fcpMs: number;
  /** Script bytes transferred (gzip as served), all of them: first load and the islands loaded after it. */
  scriptKb: number;
  /** False for pages that say noindex by design (search, cart, orders): SEO 100 is not asked of them. */
  indexable: boolean;
}

export const TARGETS = { performance: 95, accessibility: 100, bestPractices: 100, seo: 100, lcpMs: 2000, tbtMs: 150, cls: 0.02 };

const mark = (ok: boolean) => (ok ? "✓" : "✗");

export function formatWebTable(rows: PageAudit[]): string {
  const header = ["page", "perf", "a11y", "best pr.", "SEO", "LCP", "TBT", "CLS", "FCP", "JS KB"];
  const lines = rows.map((r) => [
    r.name,
    `${r.performance} ${mark(r.performance >= TARGETS.performance)}`,
    `${r.accessibility} ${mark(r.accessibility >= TARGETS.accessibility)}`,
    `${r.bestPractices} ${mark(r.bestPractices >= TARGETS.bestPractices)}`,
    r.indexable ? `${r.seo} ${mark(r.seo >= TARGETS.seo)}` : `${r.seo} (noindex)`,
    `${(r.lcpMs / 1000).toFixed(2)} s ${mark(r.lcpMs <= TARGETS.lcpMs)}`,
    `${r.tbtMs} ms ${mark(r.tbtMs <= TARGETS.tbtMs)}`,
    `${r.cls} ${mark(r.cls <= TARGETS.cls)}`,
    `${(r.fcpMs / 1000).toFixed(2)} s`,
    r.scriptKb.toFixed(1),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i]!.length)));
  const format = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(" | ")} |`;
  return [format(header), `|${widths.map((w) => "-".repeat(w + 2)).join("|")}|`, ...lines.map(format)].join("\n");
}
