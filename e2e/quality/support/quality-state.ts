// The state the quality checks visit pages with, made once per worker: one admin player (so the store's signed-in
// pages and the console share one session), with a paid order, a game in the cart, one in the wishlist, and a
// job to open in the console. Made through the real API, as the store and admin specs make theirs.
import { readFileSync } from "node:fs";
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";

import { expect, type APIRequestContext } from "@playwright/test";

import { makeAdmin, signInOverHttp, signUp } from "../../support/accounts";
import { listedGames, payThroughStandin, placeOrder } from "../../support/store-flows";

export interface QualityState {
  /** The signed-in admin player's cookies, for browser.newContext({ storageState }). */
  storageState: string;
  orderId: string;
  /** A game of the catalog (the console's catalog page). */
  gameId: number;
  /** A game page the build did not prerender: rendered on its first request and cached (ISR). */
  isrSlug: string;
  /** A job of the email queue (sign-up and order mail), for the console's job page. */
  emailJobId: string;
}

/** Game pages `next build` prerendered, from the build's prerender manifest. */
function prerenderedGamePaths(): Set<string> {
  const manifest = JSON.parse(readFileSync(path.resolve(".next/prerender-manifest.json"), "utf8")) as { routes: Record<string, unknown> };
  return new Set(Object.keys(manifest.routes).filter((route) => route.startsWith("/games/")));
}

/** A search hit whose game page was not prerendered (searches rank by relevance, so less popular games come up). */
async function findIsrGameSlug(request: APIRequestContext): Promise<string> {
  const prerendered = prerenderedGamePaths();
  expect(prerendered.size, "the build prerendered some game pages").toBeGreaterThan(0);
  for (const query of ["zelda", "mario", "racing"]) {
    const res = await request.get(`/api/games/search?q=${query}`);
    expect(res.status()).toBe(200);
    const { results } = (await res.json()) as { results: Array<{ slug: string }> };
    const hit = results.find((game) => !prerendered.has(`/games/${game.slug}`));
    if (hit) return hit.slug;
  }
  throw new Error("no search hit outside the prerendered game pages");
}

async function findEmailJobId(request: APIRequestContext): Promise<string> {
  const res = await request.get("/api/admin/queues/email/jobs?limit=1");
  expect(res.status(), await res.text()).toBe(200);
  const { jobs } = (await res.json()) as { jobs: Array<{ id: string }> };
  expect(jobs.length, "the email queue has a job (the sign-up mail)").toBeGreaterThan(0);
  return jobs[0]!.id;
}

export async function makeQualityState(request: APIRequestContext): Promise<QualityState> {
  const email = await signUp(request, "quality");
  await makeAdmin(email);
  await signInOverHttp(request, email);

  const [bought, inCart] = await listedGames(request, 2);
  const { orderId, checkoutUrl } = await placeOrder(request, [bought!.id]);
  await payThroughStandin(request, checkoutUrl);
  // The webhook settles it: the order and receipt pages then show a paid order.
  await expect
    .poll(async () => ((await (await request.get(`/api/users/me/orders/${orderId}`)).json()) as { status: string }).status, {
      timeout: 20_000,
    })
    .toBe("paid");
  expect((await request.post("/api/cart/items", { data: { gameId: inCart!.id } })).status()).toBeLessThan(300);
  expect((await request.post("/api/users/me/wishlist", { data: { gameId: inCart!.id } })).status()).toBe(201);

  const storageState = path.join(await mkdtemp(path.join(tmpdir(), "questlog-quality-")), "state.json");
  await request.storageState({ path: storageState });
  return {
    storageState,
    orderId,
    gameId: bought!.id,
    isrSlug: await findIsrGameSlug(request),
    emailJobId: await findEmailJobId(request),
  };
}
