// Fails a browser test when any page it opened reported a Content-Security-Policy violation (the e2e
// suite's rule: Chromium runs show no CSP violation on any page). A violation means a script, style or request of ours was
// blocked: the page half works in production even where the test's assertions still pass.
//
// To adopt it in a browser spec, import `test` and `expect` from here instead of "@playwright/test":
//
//   import { expect, test } from "../support/csp-violations";
//
// Nothing else changes: every page of the test's context is watched (the `securitypolicyviolation` event in
// every frame, and Chromium's console messages about the policy), and the test fails at its end with the list.
// A context a test makes itself (browser.newContext()) is watched with `watchCspViolations(context, list)`.
// A test that expects a violation (the framing test) uses "@playwright/test" directly.
import { test as base, expect, type BrowserContext } from "@playwright/test";

const BINDING = "__questlogReportCspViolation";

/** Records every CSP violation of the context's pages into `violations` (as "page-url: what was blocked"). */
export async function watchCspViolations(context: BrowserContext, violations: string[]): Promise<void> {
  await context.exposeBinding(BINDING, ({ frame }, text: string) => {
    violations.push(`${frame.url()}: ${text}`);
  });
  // Init scripts and bindings run outside the page's policy, so the policy under test cannot silence them.
  await context.addInitScript((binding: string) => {
    document.addEventListener("securitypolicyviolation", (e) => {
      const report = (window as unknown as Record<string, (text: string) => void>)[binding];
      report?.(`${e.effectiveDirective} blocked ${e.blockedURI || "inline"} at ${e.sourceFile || "?"}:${e.lineNumber}`);
    });
  }, BINDING);
  context.on("console", (message) => {
    if (/Content[- ]Security[- ]Policy/i.test(message.text())) violations.push(`${message.page()?.url() ?? "?"}: ${message.text()}`);
  });
}

export const test = base.extend<{ cspViolations: string[] }>({
  // (`provide` is Playwright's `use`, renamed so the React hooks lint rule leaves it alone.)
  cspViolations: async ({}, provide) => {
    await provide([]);
  },
  context: async ({ context, cspViolations }, provide) => {
    await watchCspViolations(context, cspViolations);
    await provide(context);
    expect(cspViolations, "Content-Security-Policy violations reported by the browser").toEqual([]);
  },
});

export { expect };
export type { Page } from "@playwright/test";
