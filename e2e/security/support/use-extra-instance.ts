// One `next start` instance of its own for a describe block, when an attack needs settings the shared e2e server
// does not have (no SITE_URL, ADMIN_EMAILS, a dead Redis …). It reuses the build and the shared IGDB stand-in's
// catalog, and stops after the block.
import { test } from "@playwright/test";

import { startInstances, type Instances } from "../../../tests/support/multi-instance";

const DATA_DIR = process.env.E2E_DATA_DIR ?? ".test-data/e2e";

/**
 * Starts the instance before the block's tests and stops it after them; call inside `test.describe`.
 *
 * @example
 * const url = useExtraInstance(3522, { SITE_URL: "" });
 * test("…", async () => { await fetch(`${url()}/api/health`); });
 */
export function useExtraInstance(port: number, env: Record<string, string>): () => string {
  let instance: Instances | undefined;
  test.beforeAll(async () => {
    test.setTimeout(240_000);
    instance = await startInstances(1, port, env, `${DATA_DIR}/igdb-standin.sqlite`);
  });
  test.afterAll(async () => {
    await instance?.stop();
  });
  return () => {
    if (!instance) throw new Error("the extra instance has not started");
    return instance.urls[0]!;
  };
}
