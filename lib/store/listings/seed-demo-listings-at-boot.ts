import "server-only";

import { logger } from "@/lib/log/logger";

import { demoListingsWanted, seedDemoListings } from "./seed-demo-listings";

/**
 * At server start, in the background (never awaited by readiness): the demo listings when STORE_DEMO_LISTINGS
 * wants them and the database has none. A failure is logged; the next start tries again.
 */
export async function seedDemoListingsAtBoot(): Promise<void> {
  if (!demoListingsWanted()) return;
  try {
    const result = await seedDemoListings();
    if (result.seeded) logger.info(result, "demo store listings seeded");
  } catch (error) {
    logger.error({ err: error }, "demo store listings could not be seeded");
  }
}
