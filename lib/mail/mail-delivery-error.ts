// The adapter's one error type, so callers (the email job) can tell "this will never be delivered" from
// "try again later" without knowing nodemailer's error shape.
import { BrandedError } from "@/lib/errors/cross-bundle-brand";

export class MailDeliveryError extends BrandedError {
  /** `instanceof` holds across Next's bundles (lib/errors/cross-bundle-brand.ts). */
  static override readonly brand: string = "MailDeliveryError";

  /** The SMTP reply code when the server answered (550, 421, …); null for network errors and timeouts. */
  readonly responseCode: number | null;
  /**
   * A 5xx reply is the server's final word (RFC 5321 §4.2.1: "permanent negative completion"): an unknown
   * mailbox, a refused sender, bad credentials. Resending the same message cannot change it. 4xx replies,
   * refused connections and timeouts are transient: the server or the network may recover.
   */
  readonly permanent: boolean;

  constructor(message: string, options: { responseCode: number | null; cause?: unknown }) {
    super(message, { cause: options.cause });
    this.name = "MailDeliveryError";
    this.responseCode = options.responseCode;
    this.permanent = options.responseCode !== null && options.responseCode >= 500 && options.responseCode < 600;
  }
}

/** Wraps whatever nodemailer threw, keeping its SMTP reply code and the server's reply text. */
export function toMailDeliveryError(error: unknown): MailDeliveryError {
  if (error instanceof MailDeliveryError) return error;
  const details = (typeof error === "object" && error !== null ? error : {}) as {
    responseCode?: unknown;
    code?: unknown;
    message?: unknown;
  };
  const responseCode = typeof details.responseCode === "number" ? details.responseCode : null;
  const code = typeof details.code === "string" ? `${details.code}: ` : "";
  const message = typeof details.message === "string" ? details.message : String(error);
  return new MailDeliveryError(`SMTP delivery failed: ${code}${message}`, { responseCode, cause: error });
}
