import { AppError } from "@/lib/errors/app-error";
import { logger } from "@/lib/log/logger";
import { StripeGatewayError } from "@/lib/stripe/stripe-gateway-error";

/**
 * Runs a Stripe call for a request; a gateway that is down (after the client's own retries) becomes a clear 503
 * the client may retry: every call we make carries an idempotency key, so retrying cannot charge twice.
 */
export async function withGateway<T>(call: () => Promise<T>, details?: Record<string, unknown>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    if (error instanceof StripeGatewayError && error.kind === "unavailable") {
      logger.warn({ err: error, ...details }, "payment gateway unavailable");
      throw new AppError(
        "payment_gateway_unavailable",
        "The payment service is not answering right now. Nothing was charged twice: try again in a moment.",
        details,
        5,
      );
    }
    throw error;
  }
}
