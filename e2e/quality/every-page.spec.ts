// Every page type is valid and accessible, walked once per width (phone and desktop), in one browser context per
// kind of visitor, so each page loads once per width:
// - axe (WCAG 2.x A and AA and axe's best practices): no serious or critical violation, in light and then in dark
//   (the same loaded page, its colour scheme switched: only the styles change);
// - on the desktop walk, the Nu HTML Checker (the W3C validator's engine): no error in the HTML the server sent nor
//   in the document once React hydrated it (client islands add markup of their own). Warnings are allowed. One
//   checker run for all pages, as the JVM takes seconds to start.
// Each finding is listed once with the elements or pages it is on.
import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

import { seriousAxeViolations } from "./support/axe-check";
import { checkHtmlFiles, formatNuErrors } from "./support/nu-html-checker";
import { expect, test, visitEveryPage } from "./support/quality-test";

const SCHEMES = ["light", "dark"] as const;
const WIDTHS = [
  { name: "phone (390 px)", options: { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true }, validate: false },
  { name: "desktop (1280 px)", options: { viewport: { width: 1280, height: 800 } }, validate: true },
];

for (const width of WIDTHS) {
  const checks = width.validate ? "axe in light and dark, and the Nu HTML Checker" : "axe in light and dark";
  test(`${width.name}: every page type passes ${checks}`, async ({ browser, qualityState, cspViolations }) => {
    test.setTimeout(300_000);
    const axeFindings: string[] = [];
    const htmlDir = await mkdtemp(path.join(tmpdir(), "questlog-html-"));
    const htmlFiles = new Map<string, string>();
    const saveHtml = async (name: string, label: string, html: string) => {
      const file = path.join(htmlDir, `${name}.html`);
      await writeFile(file, html);
      htmlFiles.set(file, label);
    };

    await visitEveryPage(browser, qualityState, width.options, cspViolations, async (page, target, response) => {
      if (width.validate) {
        await saveHtml(`${target.name}.served`, `${target.name} ${target.path} (served)`, await response.text());
        await saveHtml(`${target.name}.hydrated`, `${target.name} ${target.path} (hydrated)`, await page.content());
      }
      for (const colorScheme of SCHEMES) {
        await page.emulateMedia({ colorScheme });
        for (const finding of await seriousAxeViolations(page))
          axeFindings.push(`${target.name} ${target.path}, ${colorScheme}: ${finding}`);
      }
    });

    // Soft, so one run reports both checks. The counts are compared; the messages list each finding once.
    expect
      .soft(
        axeFindings.length,
        `axe, ${width.name} (page path, scheme: rule (impact): help — finding — elements):\n${axeFindings.join("\n")}\n`,
      )
      .toBe(0);
    if (width.validate) {
      const nuErrors = formatNuErrors(await checkHtmlFiles([...htmlFiles.keys()]), (url) => htmlFiles.get(fileURLToPath(url)) ?? url);
      expect.soft(nuErrors.length, `Nu HTML Checker errors (pages saved in ${htmlDir}):\n\n${nuErrors.join("\n\n")}\n`).toBe(0);
    }
  });
}
