import { afterEach, describe, expect, it } from "vitest";

import { openPglite } from "@/lib/accounts-db/pglite-backend";

import { createPgliteDir, queryBackend } from "./support/test-database";

describe("openPglite", () => {
  const cleanups: Array<() => Promise<void> | void> = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });

  it("runs Postgres with 16 MB of shared buffers, not the default 128 MB, on a new directory and on reopening it", async () => {
    const { dir, remove } = createPgliteDir();
    cleanups.push(remove);
    for (let open = 0; open < 2; open++) {
      const backend = await openPglite(dir);
      try {
        const [row] = await queryBackend<{ shared_buffers: string }>(backend, "SHOW shared_buffers");
        expect(row?.shared_buffers).toBe("16MB");
        await queryBackend(backend, "CREATE TABLE IF NOT EXISTS kept (id int)");
        await queryBackend(backend, "INSERT INTO kept VALUES (1)");
        const rows = await queryBackend<{ n: number }>(backend, "SELECT count(*)::int AS n FROM kept");
        expect(rows[0]?.n).toBe(open + 1); // the directory made on the first open keeps its data
      } finally {
        await backend.close();
      }
    }
  });
});
