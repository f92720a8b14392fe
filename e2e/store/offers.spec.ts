// Prices per visitor on a server with the demo listings (STORE_DEMO_LISTINGS=on): the API answers each visitor in
// their currency, the prerendered pages hold no price at all (the same bytes for a euro and a yen visitor), and in
// Chromium the cards show prices fetched in the browser, which the footer's currency picker switches with no reload.
import type { APIRequestContext } from "@playwright/test";

import { expect, test } from "../support/csp-violations";

const ZELDA = "the-legend-of-zelda-a-link-to-the-past";

async function zeldaId(request: APIRequestContext): Promise<number> {
  const res = await request.get(`/api/games/search?q=${encodeURIComponent("zelda link to the past")}`);
  const body = await res.json();
  return body.results.find((g: { slug: string }) => g.slug === ZELDA).id;
}

/** The demo listings are seeded in the background at start: wait until the popular game has an offer. */
async function waitForListings(request: APIRequestContext, id: number): Promise<void> {
  await expect
    .poll(async () => (await (await request.get(`/api/offers?ids=${id}`)).json()).offers[id], { timeout: 60_000, intervals: [500] })
    .not.toBeNull();
}

/** The HTML without what is per response anyway (CSP nonces). */
const stable = (html: string) => html.replace(/nonce="[^"]*"/g, 'nonce=""');

test("each visitor gets offers in their currency, and prerendered HTML holds no price", async ({ request }) => {
  const id = await zeldaId(request);
  await waitForListings(request, id);

  const euro = await (await request.get(`/api/games/${id}`, { headers: { cookie: "questlog_currency=EUR" } })).json();
  const yen = await (await request.get(`/api/games/${id}`, { headers: { "accept-language": "ja-JP,ja;q=0.9" } })).json();
  expect(euro.offer.currency).toBe("EUR");
  expect(yen.offer.currency).toBe("JPY");
  expect(yen.offer.regular_price).toMatch(/^\d+80\.00$/);
  expect(euro.offer.regular_price).toMatch(/\.99$/);
  expect((await request.get(`/api/games/${id}?currency=xyz`)).status()).toBe(400);

  const search = await (await request.get(`/api/games/search?q=zelda&currency=gbp`)).json();
  expect(search.results.find((g: { id: number }) => g.id === id).offer.currency).toBe("GBP");

  for (const path of ["/", `/games/${ZELDA}`]) {
    const asEuro = await request.get(path, { headers: { cookie: "questlog_currency=EUR", "accept-language": "de-DE" } });
    const asYen = await request.get(path, { headers: { "accept-language": "ja-JP" } });
    expect(asEuro.status()).toBe(200);
    const [euroHtml, yenHtml] = [await asEuro.text(), await asYen.text()];
    expect(stable(euroHtml), `${path} is the same page for every visitor`).toBe(stable(yenHtml));
    expect(euroHtml).not.toContain('data-testid="price-block"');
    for (const amount of [euro.offer.price, euro.offer.regular_price]) expect(euroHtml).not.toContain(`€${amount}`);
    expect(euroHtml).not.toMatch(/[€¥£]\s?\d/);
  }
});

test("the cards show prices fetched in the browser, and the currency picker switches them without a reload", async ({ page, request }) => {
  await waitForListings(request, await zeldaId(request));
  await page.goto("/");
  const prices = page.getByTestId("price-block");
  await expect(prices.first()).toBeVisible({ timeout: 20_000 });
  await expect(prices.first()).toContainText("$"); // Chromium's en-US
  await page.evaluate(() => ((window as unknown as { stayed: boolean }).stayed = true));

  // By keyboard: focus the picker, choose the euro.
  const picker = page.getByRole("combobox", { name: "Currency" });
  await expect(picker).toHaveValue("USD");
  await picker.focus();
  await picker.selectOption("EUR");
  await expect(prices.first()).toContainText("€");
  await expect(prices.filter({ hasText: "$" })).toHaveCount(0);
  expect(await page.evaluate(() => (window as unknown as { stayed?: boolean }).stayed)).toBe(true);

  const cookie = (await page.context().cookies()).find((c) => c.name === "questlog_currency");
  expect(cookie).toMatchObject({ value: "EUR", sameSite: "Lax", path: "/" });
  expect(cookie!.expires * 1000 - Date.now()).toBeGreaterThan(360 * 24 * 3_600_000);

  // The choice holds on the next page, and the game page's static HTML did not carry it.
  await page.goto(`/games/${ZELDA}`);
  await expect(page.getByRole("combobox", { name: "Currency" })).toHaveValue("EUR");
  await expect(page.getByTestId("price-block").first()).toContainText("€");
});

test("a sale shows its struck regular price, badge and prior price to screen readers", async ({ page, request }) => {
  await waitForListings(request, await zeldaId(request));
  // A game on sale from the demo store: the first search page of a common word has one often enough; look wider.
  let slug: string | undefined;
  for (const q of ["mario", "super", "star", "world", "the", "dragon", "space"]) {
    const body = await (await request.get(`/api/games/search?q=${q}&limit=50`)).json();
    slug = body.results.find((g: { offer: { discount_percent: number } | null }) => (g.offer?.discount_percent ?? 0) > 0)?.slug;
    if (slug) break;
  }
  expect(slug, "a game on sale among the search results").toBeDefined();
  const res = await request.get(`/api/games/search?q=${encodeURIComponent(slug!.replace(/-/g, " "))}&limit=50`);
  const offer = (await res.json()).results.find((g: { slug: string }) => g.slug === slug).offer;
  await page.goto(`/search?q=${encodeURIComponent(slug!.replace(/-/g, " "))}`);
  const block = page
    .getByTestId("price-block")
    .filter({ hasText: `-${offer.discount_percent}%` })
    .first();
  await expect(block).toBeVisible({ timeout: 20_000 });
  await expect(block.locator("s")).toContainText(offer.regular_price.replace(/\.00$/, ""));
  await expect(block).toContainText("regular price"); // the sr-only wording a bare <s> lacks
});
