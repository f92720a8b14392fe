import type { Metadata } from "next";
import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";

import { DealAlertSettings } from "@/components/wishlist/deal-alert-settings";
import { WishlistRows } from "@/components/wishlist/wishlist-rows";
import { auth } from "@/lib/auth/auth";
import { CURRENCY_COOKIE } from "@/lib/store/currency/currency-cookie";
import { resolveCurrency } from "@/lib/store/currency/resolve-currency";
import { getDealAlertPreferences } from "@/lib/store/deal-alerts/get-deal-alert-preferences";
import { getOffers } from "@/lib/store/pricing/get-offers";
import { listWishlist } from "@/lib/wishlist/list-wishlist";

export const metadata: Metadata = { title: "Your wishlist", robots: { index: false } };

/**
 * The signed-in user's wishlist: each game's price now in the visitor's currency and its price-drop alert,
 * editable in place, and the deal-alert settings (how and whether drops are emailed).
 */
export default async function WishlistPage() {
  const session = await auth();
  if (!session?.user?.id) redirect("/signin?callbackUrl=%2Fwishlist");
  const [cookieStore, headerList] = await Promise.all([cookies(), headers()]);
  const currency = resolveCurrency(cookieStore.get(CURRENCY_COOKIE)?.value, headerList.get("accept-language"));
  const [{ entries }, preferences] = await Promise.all([listWishlist(session.user.id), getDealAlertPreferences(session.user.id)]);
  const offers = await getOffers(
    entries.map((entry) => entry.gameId),
    currency,
  );
  return (
    <div>
      <h1 className="mb-4 text-2xl font-bold tracking-tight">Your wishlist</h1>
      <DealAlertSettings initial={preferences} />
      {entries.length === 0 ? (
        <p className="rounded-lg border border-dashed border-zinc-300 p-8 text-center text-sm dark:border-zinc-700">
          Your wishlist is empty. Add games from their pages, set an alert price, and we email you when they drop to it.
        </p>
      ) : (
        <WishlistRows entries={entries} offers={Object.fromEntries(offers)} currency={currency} />
      )}
    </div>
  );
}
