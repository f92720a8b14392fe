// One error type for everything that can go wrong between us and IGDB, so callers (the search leg, the sync)
// can tell "IGDB is down, serve what we hold" from a bug without parsing messages.
import { BrandedError } from "@/lib/errors/cross-bundle-brand";

export type IgdbErrorKind =
  | "rate_limited" // 429 after every retry
  | "server" // 5xx after every retry
  | "timeout" // no answer within the request timeout, after every retry
  | "network" // connection refused or reset, after every retry
  | "malformed" // 200 with a body that is not the JSON we asked for
  | "unauthorized" // 401 even after one forced token refresh
  | "token" // the token endpoint refused our credentials
  | "bad_request" // 4xx other than 401/429: our query is wrong
  | "circuit_open"; // failing fast while IGDB is considered down

export class IgdbError extends BrandedError {
  /** `instanceof` holds across Next's bundles (lib/errors/cross-bundle-brand.ts). */
  static override readonly brand: string = "IgdbError";

  readonly kind: IgdbErrorKind;
  readonly status: number | null;
  /** How long the caller should wait before trying again, when known. */
  readonly retryAfterMs: number | null;

  constructor(
    kind: IgdbErrorKind,
    message: string,
    options: { status?: number | null; retryAfterMs?: number | null; cause?: unknown } = {},
  ) {
    super(message, { cause: options.cause });
    this.name = "IgdbError";
    this.kind = kind;
    this.status = options.status ?? null;
    this.retryAfterMs = options.retryAfterMs ?? null;
  }

  /** Worth another attempt: IGDB or the network may recover. Our own bad queries and bad credentials are not. */
  get transient(): boolean {
    return (
      this.kind === "rate_limited" ||
      this.kind === "server" ||
      this.kind === "timeout" ||
      this.kind === "network" ||
      this.kind === "malformed"
    );
  }
}

export function isIgdbError(error: unknown): error is IgdbError {
  return error instanceof IgdbError;
}
