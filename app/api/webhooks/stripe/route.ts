// POST /api/webhooks/stripe – Stripe's signed event deliveries: verified on the raw body, recorded once, queued,
// answered 200 at once. Not behind assertSameOrigin: Stripe is the caller and the signature is the authentication.
import { NextResponse, type NextRequest } from "next/server";

import { readBodyText } from "@/lib/api/read-json-body";
import { withErrors } from "@/lib/api/with-errors";
import { receiveStripeWebhook } from "@/lib/store/webhooks/receive-stripe-webhook";

export const runtime = "nodejs";

/** Stripe's event payloads are a few KB; 256 KB leaves room for the largest and refuses a flood unread. */
const MAX_BODY_BYTES = 256 * 1024;

export const POST = withErrors(async (req: NextRequest) => {
  // The exact bytes Stripe signed, as text (never parsed and re-serialised first).
  const rawBody = await readBodyText(req, MAX_BODY_BYTES);
  const receipt = await receiveStripeWebhook(rawBody, req.headers.get("stripe-signature"));
  return NextResponse.json(receipt, { headers: { "Cache-Control": "no-store" } });
});
