// Stripe's idempotency layer (docs.stripe.com/api/idempotent_requests): the first answer for a key is saved and
// replayed for the same parameters; other parameters get an idempotency_error; a second request while the
// first is still running gets 409. Validation failures are not saved, so a corrected retry may use the key.
import { createHash } from "node:crypto";

import { StripeApiError } from "./stripe-error";

export interface SavedResponse {
  status: number;
  body: string;
  requestId: string;
  headers: Record<string, string>;
}

interface Entry {
  fingerprint: string;
  response?: SavedResponse;
}

export class IdempotencyStore {
  private readonly entries = new Map<string, Entry>();

  clear(): void {
    this.entries.clear();
  }

  /**
   * Claims `key` for this request. Returns a saved response to replay, or undefined when the caller should run
   * the request and then call save() or release().
   */
  begin(key: string, method: string, path: string, params: unknown): SavedResponse | undefined {
    const fingerprint = createHash("sha256")
      .update(`${method} ${path} ${stableJson(params)}`)
      .digest("hex");
    const entry = this.entries.get(key);
    if (!entry) {
      this.entries.set(key, { fingerprint });
      return undefined;
    }
    if (entry.fingerprint !== fingerprint) {
      throw new StripeApiError({
        status: 400,
        type: "idempotency_error",
        message: `Keys for idempotent requests can only be used with the same parameters they were first used with. Try using a key other than '${key}' if you meant to execute a different request.`,
      });
    }
    if (!entry.response) {
      throw new StripeApiError({
        status: 409,
        type: "invalid_request_error",
        code: "idempotency_key_in_use",
        message:
          "There is currently another in-progress request using this Idempotent Key (that probably means you submitted twice, and the other request is still going through): " +
          `${key}. Please try again later.`,
      });
    }
    return entry.response;
  }

  save(key: string, response: SavedResponse): void {
    const entry = this.entries.get(key);
    if (entry) entry.response = response;
  }

  release(key: string): void {
    if (!this.entries.get(key)?.response) this.entries.delete(key);
  }
}

function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(",")}]`;
  if (value && typeof value === "object") {
    const entries = Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableJson(v)}`).join(",")}}`;
  }
  return JSON.stringify(value);
}
