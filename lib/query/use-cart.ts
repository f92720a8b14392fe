"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";

import { SIGNED_IN_HINT_COOKIE } from "@/lib/auth/signed-in-hint";
import { CART_HINT_COOKIE } from "@/lib/store/cart/cart-cookie";
import type { CartGameState, CartView } from "@/lib/store/cart/cart-schemas";

import { announceHintChange, hasCookieHint } from "./use-cookie-hint";
import { useCurrencyChoice } from "./use-currency-choice";
import type { OffersAnswer } from "./use-offers";

/** Every cart query starts with this key, so one invalidation refreshes the badge, the page and the panels. */
export const CART_KEY = ["cart"] as const;
const gameKey = (gameId: number, currency: string) => ["cart", "game", gameId, currency] as const;

/** A refusal of the cart API, with its code (not_for_sale, already_owned, rate_limited …) and message. */
export class CartRequestError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = "CartRequestError";
  }
}

async function call<T>(url: string, init?: RequestInit): Promise<T> {
  const res = await fetch(url, { cache: "no-store", ...init });
  const body = (await res.json().catch(() => null)) as (T & { error?: { code: string; message: string } }) | null;
  if (!res.ok)
    throw new CartRequestError(res.status, body?.error?.code ?? "error", body?.error?.message ?? `The cart answered ${res.status}.`);
  return body as T;
}

/** The visitor's cart. `enabled: false` makes no request (the badge, for a visitor with no cart and no session). */
export function useCart({ enabled = true }: { enabled?: boolean } = {}) {
  // The picked currency is in the key: picking another one refetches the prices in it.
  const currency = useCurrencyChoice();
  return useQuery({ queryKey: [...CART_KEY, currency], queryFn: () => call<CartView>("/api/cart"), enabled, staleTime: 30_000 });
}

/** Offer, in-cart and owned for one game (the game page's store panel). */
export function useCartGame(gameId: number) {
  const currency = useCurrencyChoice();
  return useQuery({
    queryKey: gameKey(gameId, currency),
    queryFn: async (): Promise<CartGameState> => {
      // A visitor with neither a session nor a cart has nothing in a cart and owns nothing: the public offer is
      // all there is to show, and asking the cart API would be a per-visitor request for nothing.
      if (!hasCookieHint(SIGNED_IN_HINT_COOKIE) && !hasCookieHint(CART_HINT_COOKIE)) {
        const { offers } = await call<OffersAnswer>(`/api/offers?ids=${gameId}`);
        return { game_id: gameId, offer: offers[gameId] ?? null, in_cart: false, owned: false };
      }
      return call<CartGameState>(`/api/cart/games/${gameId}`);
    },
    staleTime: 30_000,
  });
}

/** Adds or removes a game; the answer is the new cart, shown at once, then every cart query refreshes. */
export function useCartChange() {
  const client = useQueryClient();
  const currency = useCurrencyChoice();
  return useMutation({
    // JSON and our Origin: the API refuses anything else (CSRF); fetch sends Origin itself.
    mutationFn: ({ gameId, add }: { gameId: number; add: boolean }) =>
      add
        ? call<CartView>("/api/cart/items", {
            method: "POST",
            headers: { "Content-Type": "application/json" },
            body: JSON.stringify({ gameId }),
          })
        : call<CartView>(`/api/cart/items/${gameId}`, { method: "DELETE" }),
    onSuccess: (cart) => {
      client.setQueryData([...CART_KEY, currency], cart);
      // A guest's first add sets the cart hint cookie: the header then loads its live count.
      announceHintChange();
    },
    onSettled: () => client.invalidateQueries({ predicate: (query) => query.queryKey[0] === "cart" }),
  });
}
