// axe-core (through @axe-core/playwright, Deque's own Playwright binding) on the page as it is now: its serious
// and critical violations, grouped so a shared component's failure reads as one line, not one per element.
import AxeBuilder from "@axe-core/playwright";
import type { BrowserContext, Page } from "@playwright/test";
import axe from "axe-core";

const FAILING_IMPACTS = new Set(["serious", "critical"]);
const TARGETS_SHOWN = 3;

/**
 * Loads axe into every page of the context as it opens. AxeBuilder otherwise evaluates axe's half-megabyte source
 * twice per check (four times for a page checked in light and dark), the larger part of the walk's time.
 */
export async function preloadAxe(context: BrowserContext): Promise<void> {
  await context.addInitScript({ content: axe.source });
}

/**
 * "rule (impact): help — what axe found — the elements" for the page's serious and critical violations, one line
 * per rule and finding (a contrast finding names its colours, so each colour pair is a line of its own).
 * The page's context must have had preloadAxe.
 */
export async function seriousAxeViolations(page: Page): Promise<string[]> {
  // axeSource: axe is in the page already (preloadAxe), so AxeBuilder's injections only need to find it.
  // Legacy mode: axe.run in the page itself. The default mode finishes each run in a new blank page, with axe
  // injected again there; it exists for cross-origin frames, which no page has.
  // resultTypes: only violations are reported in full (passes and incompletes keep one node each), which spares
  // axe the bookkeeping and the page the serialisation of every passing element.
  const { violations } = await new AxeBuilder({ page, axeSource: "void window.axe.version" })
    .setLegacyMode()
    .options({ resultTypes: ["violations"] })
    .analyze();
  const targetsByFinding = new Map<string, string[]>();
  for (const violation of violations.filter((v) => FAILING_IMPACTS.has(v.impact ?? ""))) {
    for (const node of violation.nodes) {
      // The summary's second line is the finding ("Element has insufficient color contrast of 4.12 (…)").
      const finding = (node.failureSummary?.split("\n")[1] ?? "").trim().replace(/, font size:.*$/, ")");
      const key = `${violation.id} (${violation.impact}): ${violation.help}${finding ? ` — ${finding}` : ""}`;
      targetsByFinding.set(key, [...(targetsByFinding.get(key) ?? []), node.target.join(" ")]);
    }
  }
  return [...targetsByFinding].map(([finding, targets]) => {
    const more = targets.length > TARGETS_SHOWN ? ` and ${targets.length - TARGETS_SHOWN} more` : "";
    return `${finding} — on ${targets.slice(0, TARGETS_SHOWN).join(", ")}${more}`;
  });
}
