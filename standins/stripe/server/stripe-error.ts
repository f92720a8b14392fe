// Stripe's error body, {"error": {type, code, message, param, doc_url, request_log_url, decline_code}}, and
// the statuses the client maps to its error classes (cjs/Error.js generateV1Error).
export type StripeErrorType = "invalid_request_error" | "api_error" | "card_error" | "idempotency_error" | "rate_limit_error";

export interface StripeErrorInit {
  status: number;
  type: StripeErrorType;
  message: string;
  code?: string;
  param?: string;
  declineCode?: string;
  /** Extra fields Stripe puts on some errors (payment_intent on a card error). */
  extra?: Record<string, unknown>;
  /** A parameter validation failure: not saved under an idempotency key, as Stripe does not save those. */
  validation?: boolean;
  headers?: Record<string, string>;
}

export class StripeApiError extends Error {
  constructor(readonly init: StripeErrorInit) {
    super(init.message);
  }

  body(requestId: string): { error: Record<string, unknown> } {
    const { type, code, message, param, declineCode, extra } = this.init;
    return {
      error: {
        ...(code ? { code, doc_url: `https://stripe.com/docs/error-codes/${code.replaceAll("_", "-")}` } : {}),
        ...(declineCode ? { decline_code: declineCode } : {}),
        message,
        ...(param ? { param } : {}),
        request_log_url: `https://dashboard.stripe.com/test/logs/${requestId}`,
        type,
        ...extra,
      },
    };
  }
}

export function invalidRequest(message: string, param?: string, code?: string): StripeApiError {
  return new StripeApiError({
    status: 400,
    type: "invalid_request_error",
    message,
    ...(param ? { param } : {}),
    ...(code ? { code } : {}),
  });
}

export function paramError(message: string, param: string, code = "parameter_invalid"): StripeApiError {
  return new StripeApiError({ status: 400, type: "invalid_request_error", message, param, code, validation: true });
}

/** "No such checkout.session: 'cs_test_…'", Stripe's 404 for an unknown id. */
export function noSuch(objectName: string, id: string, param = "id"): StripeApiError {
  return new StripeApiError({
    status: 404,
    type: "invalid_request_error",
    code: "resource_missing",
    message: `No such ${objectName}: '${id}'`,
    param,
  });
}
