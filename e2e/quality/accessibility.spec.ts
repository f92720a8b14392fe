// Every page type has no serious or critical accessibility violation (axe-core's rules: WCAG 2.x A and AA and
// axe's best practices), in light and dark, on a phone and on a desktop. One test per combination, so the two
// workers share them; each visits every page once.
import { seriousAxeViolations } from "./support/axe-check";
import { expect, test, visitEveryPage } from "./support/quality-test";

const SCHEMES = ["light", "dark"] as const;
const WIDTHS = [
  { name: "phone", options: { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true } },
  { name: "desktop", options: { viewport: { width: 1280, height: 800 } } },
];

for (const colorScheme of SCHEMES) {
  for (const width of WIDTHS) {
    test(`${colorScheme}, ${width.name}: no serious or critical axe violation on any page type`, async ({
      browser,
      qualityState,
      cspViolations,
    }) => {
      test.setTimeout(180_000);
      const found: string[] = [];
      await visitEveryPage(browser, qualityState, { ...width.options, colorScheme }, cspViolations, async (page, target) => {
        for (const violation of await seriousAxeViolations(page)) found.push(`${target.name} ${target.path}: ${violation}`);
      });
      // The count, not the list, is compared: the message lists each finding once.
      expect(
        found.length,
        `axe violations, ${colorScheme}, ${width.name} (page path: rule (impact): help — finding — elements):\n${found.join("\n")}\n`,
      ).toBe(0);
    });
  }
}
