// Stripe's errors reduced to what the store decides on: the gateway could not be reached or answered with a
// server fault (try again later: the same idempotency key makes the retry safe), or it refused the request
// (a code such as charge_already_refunded, which the caller may treat as done).
import Stripe from "stripe";

export type StripeGatewayErrorKind = "unavailable" | "rejected";

export class StripeGatewayError extends Error {
  constructor(
    readonly kind: StripeGatewayErrorKind,
    message: string,
    /** Stripe's error code (e.g. "charge_already_refunded"), when it gave one. */
    readonly code: string | null,
    /** Stripe's Request-Id, for support. */
    readonly requestId: string | null,
    options?: ErrorOptions,
  ) {
    super(message, options);
    this.name = "StripeGatewayError";
  }
}

/** Runs a Stripe call and rethrows any Stripe error as a StripeGatewayError; other errors pass through. */
export async function callStripe<T>(what: string, call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    throw toGatewayError(what, error);
  }
}

function toGatewayError(what: string, error: unknown): unknown {
  if (!(error instanceof Stripe.errors.StripeError)) return error;
  const requestId = error.requestId ?? null;
  const code = error.code ?? null;
  const unavailable =
    error instanceof Stripe.errors.StripeConnectionError ||
    error instanceof Stripe.errors.StripeAPIError ||
    error instanceof Stripe.errors.StripeRateLimitError ||
    (error.statusCode ?? 0) >= 500 ||
    error.statusCode === 409;
  return new StripeGatewayError(unavailable ? "unavailable" : "rejected", `${what}: ${error.message}`, code, requestId, { cause: error });
}
