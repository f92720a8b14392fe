import { describe, expect, it } from "vitest";
import { z } from "zod";

describe("instrumentation-client", () => {
  it("turns zod's eval probe off without importing zod (CSP: no unsafe-eval)", async () => {
    await import("@/instrumentation-client");
    expect(z.config().jitless).toBe(true);
    // The browser entry must stay free of zod: it runs on every page.
    const { readFileSync } = await import("node:fs");
    expect(readFileSync("instrumentation-client.ts", "utf8")).not.toMatch(/from "zod/);
  });
});
