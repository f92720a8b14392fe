// The cart domain's behaviour, run once per backend (cart-domain.postgres.test.ts, cart-domain.pglite.test.ts).
import { describe, expect, it } from "vitest";

import { getDb } from "@/lib/accounts-db/get-db";
import { AppError } from "@/lib/errors/app-error";
import { addCartItem } from "@/lib/store/cart/add-cart-item";
import { ensureUserCart } from "@/lib/store/cart/ensure-user-cart";
import { getCart } from "@/lib/store/cart/get-cart";
import { getCartForCheckout } from "@/lib/store/cart/get-cart-for-checkout";
import { mergeGuestCart } from "@/lib/store/cart/merge-guest-cart";
import { removeCartItem } from "@/lib/store/cart/remove-cart-item";
import { restoreCart } from "@/lib/store/cart/restore-cart";
import { sweepGuestCarts } from "@/lib/store/cart/sweep-guest-carts";
import { listOwnedGameIds } from "@/lib/store/entitlements/list-owned-game-ids";
import { createUser } from "@/tests/auth/support/users";

import { cartGameIds, grantGame, listGame, setPrice, unlistGame } from "./store-fixtures";

// Game ids need not be in the catalog for the domain (cards are attached when present); each test takes its own.
let nextGameId = 900_000;
const games = async (count: number, prices?: Parameters<typeof listGame>[1]) => {
  const ids = Array.from({ length: count }, () => nextGameId++);
  for (const id of ids) await listGame(id, prices);
  return ids;
};
const guest = (cartId: string | null = null) => ({ kind: "guest" as const, cartId });
const user = (userId: string) => ({ kind: "user" as const, userId });

async function codeOf(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return (error as AppError).code;
}

export function cartDomainSuite(): void {
  describe("addCartItem and removeCartItem", () => {
    it("makes a guest cart on the first add, keeps the seen price, and adds a game twice as one copy", async () => {
      const [a, b] = await games(2);
      const first = await addCartItem(guest(), a!, "EUR");
      expect(first.added).toBe(true);
      const again = await addCartItem(guest(first.cartId), a!, "EUR");
      expect(again).toEqual({ cartId: first.cartId, added: false });
      await addCartItem(guest(first.cartId), b!, "EUR");
      expect(await cartGameIds(first.cartId)).toEqual([a, b]);
      const row = await (await getDb()).cartItem.findUniqueOrThrow({ where: { cartId_gameId: { cartId: first.cartId, gameId: a! } } });
      expect([row.seenPrice?.toFixed(2), row.seenCurrency]).toEqual(["17.99", "EUR"]);
    });

    it("adds the same game ten times at once as one copy, in one user cart", async () => {
      const [a] = await games(1);
      const { id } = await createUser("racer");
      const results = await Promise.all(Array.from({ length: 10 }, () => addCartItem(user(id), a!, "USD")));
      expect(new Set(results.map((r) => r.cartId)).size).toBe(1);
      expect(results.filter((r) => r.added)).toHaveLength(1);
      expect(await cartGameIds(results[0]!.cartId)).toEqual([a]);
    });

    it("refuses an unlisted game, a game never listed and one without prices: not_for_sale", async () => {
      const [a] = await games(1);
      await unlistGame(a!);
      expect(await codeOf(addCartItem(guest(), a!, "USD"))).toBe("not_for_sale");
      expect(await codeOf(addCartItem(guest(), 1_999_999_999, "USD"))).toBe("not_for_sale");
      const [c] = await games(1, {});
      expect(await codeOf(addCartItem(guest(), c!, "USD"))).toBe("not_for_sale");
      expect(await (await getDb()).cartItem.count({ where: { gameId: { in: [a!, c!, 1_999_999_999] } } })).toBe(0);
    });

    it("takes a game priced only in another currency, with that currency's seen price", async () => {
      const [a] = await games(1, { GBP: "9.99" });
      const { cartId } = await addCartItem(guest(), a!, "USD");
      const row = await (await getDb()).cartItem.findFirstOrThrow({ where: { cartId } });
      expect([row.seenPrice?.toFixed(2), row.seenCurrency]).toEqual(["9.99", "GBP"]);
    });

    it("refuses a game the user owns: already_owned, and a revoked one can go in again", async () => {
      const [a] = await games(1);
      const { id } = await createUser("owner");
      await grantGame(id, a!);
      expect(await codeOf(addCartItem(user(id), a!, "USD"))).toBe("already_owned");
      await (await getDb()).entitlement.updateMany({ where: { userId: id, gameId: a! }, data: { revokedAt: new Date() } });
      expect(await listOwnedGameIds(id, [a!])).toEqual(new Set());
      expect((await addCartItem(user(id), a!, "USD")).added).toBe(true);
    });

    it("removes a game, and removing it again (or from no cart) is no error", async () => {
      const [a, b] = await games(2);
      const { cartId } = await addCartItem(guest(), a!, "USD");
      await addCartItem(guest(cartId), b!, "USD");
      await removeCartItem(guest(cartId), a!);
      await removeCartItem(guest(cartId), a!);
      await removeCartItem(guest(null), a!);
      expect(await cartGameIds(cartId)).toEqual([b]);
    });
  });

  describe("getCart", () => {
    it("prices lines in the asked currency, totals them, and flags a changed price", async () => {
      const [a, b] = await games(2, { USD: "20.00", EUR: "18.00" });
      await listGame(b!, { USD: "20.00", EUR: "18.00" }, 25); // a sale on b
      const { cartId } = await addCartItem(guest(), a!, "USD");
      await addCartItem(guest(cartId), b!, "USD");
      await setPrice(a!, "USD", "24.00");
      const usd = await getCart(guest(cartId), "USD");
      expect(usd).toMatchObject({ count: 2, currency: "USD", subtotal: "44.00", discount: "5.00", total: "39.00" });
      expect(usd.items.map((i) => [i.game_id, i.offer?.price, i.price_changed])).toEqual([
        [a, "24.00", true],
        [b, "15.00", false],
      ]);
      // Another currency than the one seen: no "changed" claim, as there is nothing to compare with.
      const eur = await getCart(guest(cartId), "EUR");
      expect(eur).toMatchObject({ subtotal: "36.00", discount: "4.50", total: "31.50" });
      expect(eur.items.every((i) => !i.price_changed)).toBe(true);
    });

    it("keeps an unlisted game as a line without an offer, outside the totals", async () => {
      const [a, b] = await games(2, { USD: "10.00" });
      const { cartId } = await addCartItem(guest(), a!, "USD");
      await addCartItem(guest(cartId), b!, "USD");
      await unlistGame(b!);
      const cart = await getCart(guest(cartId), "USD");
      expect(cart.items.map((i) => i.offer === null)).toEqual([false, true]);
      expect(cart).toMatchObject({ count: 2, subtotal: "10.00", total: "10.00" });
    });

    it("is empty with zero totals for a visitor without a cart", async () => {
      expect(await getCart(guest(), "JPY")).toEqual({
        items: [],
        count: 0,
        currency: "JPY",
        subtotal: "0.00",
        discount: "0.00",
        total: "0.00",
      });
    });

    it("drops games a user has come to own since they went in", async () => {
      const [a, b] = await games(2);
      const { id } = await createUser("bought-elsewhere");
      await addCartItem(user(id), a!, "USD");
      await addCartItem(user(id), b!, "USD");
      await grantGame(id, a!);
      expect((await getCart(user(id), "USD")).items.map((i) => i.game_id)).toEqual([b]);
      expect((await getCartForCheckout(id))?.items.map((i) => i.gameId)).toEqual([b]);
    });
  });

  describe("mergeGuestCart", () => {
    it("merges the union minus owned games, one copy each, keeps the user's line, and deletes the guest cart", async () => {
      const [both, guestOnly, userOnly, owned] = await games(4);
      const { id } = await createUser("merger");
      await grantGame(id, owned!);
      await addCartItem(user(id), both!, "USD");
      await addCartItem(user(id), userOnly!, "USD");
      const { cartId: guestCart } = await addCartItem(guest(), both!, "EUR");
      await addCartItem(guest(guestCart), guestOnly!, "EUR");
      await addCartItem(guest(guestCart), owned!, "EUR"); // owned, but the guest could not know

      expect(await mergeGuestCart(guestCart, id)).toBe(1);
      const cart = await getCartForCheckout(id);
      expect(cart?.items.map((i) => i.gameId).sort()).toEqual([both, guestOnly, userOnly].sort());
      expect(cart?.items.find((i) => i.gameId === both)?.seenCurrency).toBe("USD"); // the user's own line
      expect(cart?.items.find((i) => i.gameId === guestOnly)).toMatchObject({ seenPrice: "17.99", seenCurrency: "EUR" });
      expect(await (await getDb()).cart.findUnique({ where: { id: guestCart } })).toBeNull();
      expect(await mergeGuestCart(guestCart, id)).toBe(0); // again: nothing, no error
    });

    it("gives a user without a cart the guest's cart, and two merges at once still make one copy", async () => {
      const [a, b] = await games(2);
      const { id } = await createUser("fresh");
      const { cartId } = await addCartItem(guest(), a!, "USD");
      await addCartItem(guest(cartId), b!, "USD");
      const merged = await Promise.all([mergeGuestCart(cartId, id), mergeGuestCart(cartId, id)]);
      expect(merged.reduce((s, n) => s + n, 0)).toBe(2);
      expect((await getCartForCheckout(id))?.items.map((i) => i.gameId)).toEqual([a, b]);
    });

    it("never merges another user's cart named as the guest cart", async () => {
      const [a] = await games(1);
      const victim = await createUser("victim");
      const attacker = await createUser("attacker");
      await addCartItem(user(victim.id), a!, "USD");
      const victimCart = await ensureUserCart(await getDb(), victim.id);
      expect(await mergeGuestCart(victimCart, attacker.id)).toBe(0);
      expect(await getCartForCheckout(attacker.id)).toBeNull();
      expect(await cartGameIds(victimCart)).toEqual([a]);
    });
  });

  describe("getCartForCheckout and restoreCart", () => {
    it("returns null for a user without a cart, and the items oldest first with seen prices", async () => {
      const [a, b] = await games(2);
      const { id } = await createUser("checkout");
      expect(await getCartForCheckout(id)).toBeNull();
      await addCartItem(user(id), a!, "GBP");
      await addCartItem(user(id), b!, "GBP");
      const cart = await getCartForCheckout(id);
      expect(cart).toMatchObject({ lastOrderId: null, items: [{ gameId: a, seenPrice: "15.99", seenCurrency: "GBP" }, { gameId: b }] });
    });

    it("restores an order's games, skipping owned ones and those already there, twice as once, inside a transaction", async () => {
      const [a, b, c] = await games(3);
      const { id } = await createUser("restorer");
      await grantGame(id, c!);
      await addCartItem(user(id), a!, "USD");
      const db = await getDb();
      const restored = await db.$transaction((tx) =>
        restoreCart(id, [a!, { gameId: b!, seenPrice: "19.99", seenCurrency: "USD" }, c!], tx),
      );
      expect(restored).toBe(1);
      expect(await restoreCart(id, [a!, b!, c!])).toBe(0);
      const cart = await getCartForCheckout(id);
      expect(cart?.items.map((i) => i.gameId)).toEqual([a, b]);
      expect(cart?.items[1]).toMatchObject({ seenPrice: "19.99", seenCurrency: "USD" });
      expect(await restoreCart(id, [])).toBe(0);
    });
  });

  describe("sweepGuestCarts", () => {
    it("deletes guest carts untouched for 30 days and keeps fresh ones and users' carts", async () => {
      const [a] = await games(1);
      const db = await getDb();
      const { cartId: old } = await addCartItem(guest(), a!, "USD");
      const { cartId: fresh } = await addCartItem(guest(), a!, "USD");
      const { id } = await createUser("old-user");
      const { cartId: userCart } = await addCartItem(user(id), a!, "USD");
      const longAgo = new Date(Date.now() - 31 * 24 * 3_600_000);
      await db.$executeRaw`UPDATE "Cart" SET "updatedAt" = ${longAgo} WHERE id IN (${old}, ${userCart})`;
      expect(await sweepGuestCarts()).toBeGreaterThanOrEqual(1);
      expect(await db.cart.findUnique({ where: { id: old } })).toBeNull();
      expect(await db.cart.findUnique({ where: { id: fresh } })).not.toBeNull();
      expect(await db.cart.findUnique({ where: { id: userCart } })).not.toBeNull();
      expect(await db.cartItem.count({ where: { cartId: old } })).toBe(0);
    });
  });
}
