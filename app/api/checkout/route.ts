// POST /api/checkout {currency?} – places an order from the signed-in user's cart at today's prices and opens a
// Stripe Checkout Session for it: 201 {order_id, checkout_url, price_changed}. A double click gets the same order.
import { NextResponse, type NextRequest } from "next/server";

import { assertSameOrigin } from "@/lib/api/assert-same-origin";
import { assertRateLimit } from "@/lib/api/rate-limit";
import { readJsonBody } from "@/lib/api/read-json-body";
import { withErrors } from "@/lib/api/with-errors";
import { requireUser } from "@/lib/auth/require-user";
import { DEFAULT_CURRENCY } from "@/lib/money";
import { startCheckoutBodySchema } from "@/lib/store/checkout/checkout-schemas";
import { startCheckout } from "@/lib/store/checkout/start-checkout";

export const POST = withErrors(async (req: NextRequest) => {
  assertSameOrigin(req);
  await assertRateLimit(req, "checkout");
  const user = await requireUser(req);
  const body = startCheckoutBodySchema.parse(await readJsonBody(req));
  const started = await startCheckout(user, body.currency ?? DEFAULT_CURRENCY);
  return NextResponse.json(started, { status: 201, headers: { "Cache-Control": "private, no-store" } });
});
