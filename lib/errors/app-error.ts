// The app-wide error: domain code throws it, and the HTTP edge (lib/api/errors.ts) turns it into a response.
import { BrandedError } from "./cross-bundle-brand";

const STATUS_BY_CODE = {
  invalid_parameters: 400,
  invalid_json: 400,
  weak_password: 400,
  invalid_token: 400,
  unauthorized: 401,
  forbidden: 403,
  unknown_platform: 400,
  not_found: 404,
  method_not_allowed: 405,
  conflict: 409,
  email_taken: 409,
  // The store's cart (lib/store/cart): the game has no offer, or the buyer owns it already.
  not_for_sale: 409,
  already_owned: 409,
  payload_too_large: 413,
  reauthentication_required: 403,
  wrong_password: 403,
  rate_limited: 429,
  // The store (checkout, orders, refunds, the Stripe webhook).
  cart_empty: 409,
  order_not_pending: 409,
  refund_window_closed: 409,
  refund_in_progress: 409,
  already_refunded: 409,
  not_refundable: 409,
  // Store operations (/admin/store): the rule a refused sale or price edit broke (Steam's guard-rails).
  price_locked_by_sale: 409,
  sale_too_short: 409,
  sale_too_long: 409,
  sale_overlap: 409,
  sale_cooldown: 409,
  sale_starts_in_past: 409,
  game_not_listed: 409,
  sale_already_started: 409,
  invalid_csv: 400,
  invalid_signature: 400,
  payment_gateway_unavailable: 503,
  internal_error: 500,
  unavailable: 503,
} as const;
export type ErrorCode = keyof typeof STATUS_BY_CODE;

/** The HTTP status an error code answers with. */
export function statusOfCode(code: ErrorCode): number {
  return STATUS_BY_CODE[code];
}

/** An error the client can act on; its code picks the HTTP status. */
export class AppError extends BrandedError {
  /** `instanceof` holds across Next's bundles (lib/errors/cross-bundle-brand.ts). */
  static override readonly brand: string = "AppError";

  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: unknown,
    /** Sent as Retry-After on 429 and 503. */
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
    this.name = "AppError";
  }

  get status(): number {
    return statusOfCode(this.code);
  }
}
