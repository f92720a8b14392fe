import "server-only";

import { z } from "zod";

import { getCatalogWriteQueue } from "@/lib/catalog-writes/get-catalog-write-queue";
import { getCatalogDb } from "@/lib/catalog/db";
import { defineJob } from "@/lib/jobs/define-job";
import { PermanentJobError } from "@/lib/jobs/errors";

import { getIgdbConnection } from "../igdb-connection";
import { refreshGame } from "../refresh-game";

/**
 * An admin's "Refresh from IGDB" for one game (/admin/catalog/{id}). Writes through the write queue, so
 * every instance's replica gets the new row, and finishes once this instance has it.
 */
export const refreshGameJob = defineJob({
  name: "catalog.refresh-game",
  queue: "catalog",
  schema: z.object({
    id: z
      .number()
      .int()
      .positive()
      .max(2 ** 31 - 1),
  }),
  options: {
    // One try: the IGDB client already retries a failing request 4 times with backoff, and an admin who
    // clicked the button is watching; a failure should show at once with its reason, and the console's
    // Retry is one click. Ahead of queued sync work (the catalog queue runs one job at a time).
    attempts: 1,
    priority: 1,
  },
  dedupeKey: ({ id }) => `catalog.refresh-game:${id}`,
  async handle({ id }, context) {
    const { client } = await getIgdbConnection();
    const result = await refreshGame(getCatalogDb(), client, getCatalogWriteQueue(), id);
    // A manual refresh never deletes: the admin may have mistyped, or IGDB may be mid-edit. The stale
    // refresh and IGDB's delete webhook remove games IGDB really deleted.
    if (!result) throw new PermanentJobError(`IGDB has no game ${id}`);
    await context.log(`${result.name} (${id}): ${result.outcome}`);
    return result;
  },
});
