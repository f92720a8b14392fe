import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";

import { formatOrderDateTime } from "@/components/store/format-order-date";
import type { OrderCovers } from "@/components/store/order-lines";
import { OrderLive } from "@/components/store/order-live";
import { getViewer } from "@/lib/auth/get-viewer";
import { attachGameCards } from "@/lib/catalog/attach-game-cards";
import { AppError } from "@/lib/errors/app-error";
import { logger } from "@/lib/log/logger";
import { confirmCheckoutReturn } from "@/lib/store/checkout/confirm-checkout-return";

import { loadOrderOr404 } from "../load-order";
import { parseOrderId } from "../order-id";

export const metadata: Metadata = { title: "Your order", robots: { index: false } };

type Props = {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

/** One of the player's orders: live status, games, totals, and what they can do next (pay, cancel, refund). */
export default async function OrderPage({ params, searchParams }: Props) {
  const [{ id: rawId }, query] = await Promise.all([params, searchParams]);
  const viewer = await getViewer();
  if (!viewer) {
    const back = `/orders/${encodeURIComponent(rawId)}${query.checkout === "success" && typeof query.session_id === "string" ? `?checkout=success&session_id=${encodeURIComponent(query.session_id)}` : ""}`;
    redirect(`/signin?callbackUrl=${encodeURIComponent(back)}`);
  }
  // Back from the gateway: settle the payment now rather than wait for its webhook (the same fulfilment, run
  // once whichever comes first). A failure here is not the player's problem: the webhook still finishes it.
  const checkoutSuccess = query.checkout === "success" && typeof query.session_id === "string";
  const id = parseOrderId(rawId);
  if (checkoutSuccess && id) {
    await confirmCheckoutReturn(id, viewer.id, query.session_id as string).catch((err: unknown) => {
      // not_found: not this player's order or session; the lookup below answers with the 404 page.
      if (!(err instanceof AppError && err.code === "not_found"))
        logger.warn({ err, orderId: id }, "checkout return: confirmation failed; the webhook will settle the order");
    });
  }
  const order = await loadOrderOr404(rawId, viewer.id);
  const covers: OrderCovers = Object.fromEntries(
    attachGameCards(order.lines.map((line) => ({ gameId: line.game_id }))).map((line) => [line.gameId, line.game?.cover_url ?? null]),
  );

  return (
    <div className="mx-auto w-full max-w-4xl">
      <nav aria-label="Breadcrumb" className="mb-2 text-sm">
        <Link href="/orders" className="text-zinc-600 hover:underline dark:text-zinc-400">
          ← Your orders
        </Link>
      </nav>
      <h1 className="text-2xl font-bold tracking-tight">Order</h1>
      <p className="mb-6 text-sm break-all text-zinc-600 dark:text-zinc-400">
        <span data-testid="order-id">{order.id}</span> · placed {formatOrderDateTime(order.created_at)}
      </p>
      <OrderLive initial={order} covers={covers} checkoutSuccess={checkoutSuccess} />
    </div>
  );
}
