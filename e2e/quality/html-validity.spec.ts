// Every page type is valid HTML: the Nu HTML Checker (the W3C validator's engine) finds no error in the HTML the
// server sends, nor in the document once React has hydrated it (client islands add markup of their own).
// Warnings are allowed. One checker run for all pages: the JVM takes seconds to start.
import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

import { checkHtmlFiles, formatNuErrors } from "./support/nu-html-checker";
import { expect, test, visitEveryPage } from "./support/quality-test";

test("every page type is valid HTML, as served and once hydrated (Nu HTML Checker: no errors)", async ({
  browser,
  qualityState,
  cspViolations,
}) => {
  test.setTimeout(180_000);
  const dir = await mkdtemp(path.join(tmpdir(), "questlog-html-"));
  const labels = new Map<string, string>();
  const save = async (name: string, label: string, html: string) => {
    const file = path.join(dir, `${name}.html`);
    await writeFile(file, html);
    labels.set(file, label);
  };
  await visitEveryPage(browser, qualityState, {}, cspViolations, async (page, target, response) => {
    await save(`${target.name}.served`, `${target.name} ${target.path} (served)`, await response.text());
    await save(`${target.name}.hydrated`, `${target.name} ${target.path} (hydrated)`, await page.content());
  });

  const errors = formatNuErrors(await checkHtmlFiles([...labels.keys()]), (url) => labels.get(fileURLToPath(url)) ?? url);
  // The count, not the list, is compared: the message lists each error once, with the pages it is on.
  expect(errors.length, `Nu HTML Checker errors (pages saved in ${dir}):\n\n${errors.join("\n\n")}\n`).toBe(0);
});
