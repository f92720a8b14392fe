import "server-only";

import { cache } from "react";

import type { GameDetail } from "@/lib/catalog/schemas";
import { AppError } from "@/lib/errors/app-error";

import { revalidatePageLater } from "./deferred-page-revalidation";
import { findGameBySlug } from "./find-game";

/**
 * findGameBySlug for the game page, where a refused IGDB lookup cannot answer 429: a page render that throws is a
 * 500, and Next has no other status for it. A visitor over its IGDB allowance gets the page's 404 instead (the
 * catalog has no such game yet, as far as this visitor may ask), and the page is revalidated when the allowance
 * is back (deferred-page-revalidation.ts), so the 404 Next caches does not outlive the refusal.
 */
export const findGameForPage = cache(async (slug: string, requester: string | undefined): Promise<GameDetail | null> => {
  try {
    return await findGameBySlug(slug, requester);
  } catch (error) {
    if (!(error instanceof AppError) || error.code !== "rate_limited") throw error;
    revalidatePageLater(`/games/${slug}`, Math.max(1, error.retryAfterSeconds ?? 60));
    return null;
  }
});
