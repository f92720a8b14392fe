import type { Currency } from "@/lib/money";

import { openCheckoutSession } from "./open-checkout-session";
import { placeOrder } from "./place-order";

export interface CheckoutStarted {
  order_id: string;
  checkout_url: string;
  price_changed: boolean;
}

/**
 * POST /api/checkout's work: the order (placed now, or the one a double click already placed), then its
 * Checkout Session. If Stripe is down the order stays pending_payment and a later call reuses it.
 */
export async function startCheckout(user: { id: string; email: string | null }, currency: Currency): Promise<CheckoutStarted> {
  const { order } = await placeOrder(user, currency);
  const { checkoutUrl } = await openCheckoutSession(order);
  return { order_id: order.id, checkout_url: checkoutUrl, price_changed: order.priceChanged };
}
