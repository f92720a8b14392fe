// POST /api/checkout {currency?} – places an order from the signed-in user's cart at today's prices and opens a
// Stripe Checkout Session for it: 201 {order_id, checkout_url, price_changed}. A double click gets the same order.
import { NextResponse, type NextRequest } from "next/server";

import { assertSameOrigin } from "@/lib/api/assert-same-origin";
import { assertRateLimit } from "@/lib/api/rate-limit";
import { readJsonBody } from "@/lib/api/read-json-body";
import { withErrors } from "@/lib/api/with-errors";
import { requireUser } from "@/lib/auth/require-user";
import { startCheckoutBodySchema } from "@/lib/store/checkout/checkout-schemas";
import { startCheckout } from "@/lib/store/checkout/start-checkout";
import { CURRENCY_COOKIE } from "@/lib/store/currency/currency-cookie";
import { resolveCurrency } from "@/lib/store/currency/resolve-currency";

export const POST = withErrors(async (req: NextRequest) => {
  assertSameOrigin(req);
  await assertRateLimit(req, "checkout");
  const user = await requireUser(req);
  const body = startCheckoutBodySchema.parse(await readJsonBody(req));
  // The currency the cart showed (the picker's cookie, else Accept-Language) unless the body names one.
  const currency = body.currency ?? resolveCurrency(req.cookies.get(CURRENCY_COOKIE)?.value, req.headers.get("accept-language"));
  const started = await startCheckout(user, currency);
  return NextResponse.json(started, { status: 201, headers: { "Cache-Control": "private, no-store" } });
});
