import type { Metadata } from "next";
import Link from "next/link";

import { UnsubscribeForm } from "@/components/wishlist/unsubscribe-form";
import { verifyUnsubscribeToken } from "@/lib/store/deal-alerts/unsubscribe-token";

export const metadata: Metadata = { title: "Unsubscribe from deal alerts", robots: { index: false } };

/**
 * /unsubscribe?token=… – where a deal-alert mail's unsubscribe link lands, no sign-in needed: says what the
 * button does, and the button POSTs the token (the link itself changes nothing, see UnsubscribeForm).
 */
export default async function UnsubscribePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { token } = await searchParams;
  const valid = typeof token === "string" && verifyUnsubscribeToken(token) !== null;
  return (
    <div className="mx-auto max-w-lg space-y-4 py-6">
      <h1 className="text-2xl font-bold tracking-tight">Unsubscribe from deal alerts</h1>
      {valid ? (
        <>
          <p className="text-sm text-zinc-700 dark:text-zinc-300">
            This stops the emails we send when a game on your wishlist drops in price (instant alerts and the daily digest). Nothing else
            changes: order receipts and sign-in emails still come.
          </p>
          <UnsubscribeForm token={token} />
        </>
      ) : (
        <p
          role="alert"
          className="rounded border border-red-300 bg-red-50 p-3 text-sm text-red-900 dark:border-red-800 dark:bg-red-950 dark:text-red-100"
        >
          This unsubscribe link is not valid (it may have been cut short when copied). You can turn deal alerts off from{" "}
          <Link href="/wishlist" className="underline">
            your wishlist
          </Link>{" "}
          after signing in.
        </p>
      )}
    </div>
  );
}
