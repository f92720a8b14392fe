// Webhook authentication: Stripe signs `${t}.${rawBody}` with the endpoint secret (HMAC-SHA256, hex) and sends
// `Stripe-Signature: t=…,v1=…`. The official client's constructEvent checks it in constant time against every v1
// value (secret rotation) with a 300 s tolerance on t; we use it rather than our own HMAC so the scheme stays
// Stripe's, including its fixes (23.0.0: tolerance 0 handling, blank secrets refused).
import Stripe from "stripe";

import { toStripeEventView, type StripeEventView } from "./stripe-objects";

/** Seconds a signature's timestamp may be old (Stripe's default, stated so it is visible). */
export const WEBHOOK_TOLERANCE_SECONDS = 300;

export class WebhookSignatureError extends Error {
  constructor(message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = "WebhookSignatureError";
  }
}

// constructEvent is a pure function of its arguments; a client without a key is enough to reach it.
const verifier = new Stripe("sk_verify_only", { telemetry: false });

/** The verified event (our own shape), or WebhookSignatureError for a missing, stale, forged or tampered one. */
export function verifyWebhookEvent(rawBody: string, signatureHeader: string | null, secret: string): StripeEventView {
  if (!signatureHeader) throw new WebhookSignatureError("No Stripe-Signature header.");
  let event: unknown;
  try {
    event = verifier.webhooks.constructEvent(rawBody, signatureHeader, secret, WEBHOOK_TOLERANCE_SECONDS);
  } catch (error) {
    throw new WebhookSignatureError(error instanceof Error ? error.message : "The signature does not verify.", { cause: error });
  }
  try {
    return toStripeEventView(event);
  } catch (error) {
    // Signed by the secret but not an event: as good as a bad request.
    throw new WebhookSignatureError("The signed payload is not a Stripe event.", { cause: error });
  }
}
