import "server-only";

import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from "node:crypto";

import { getAuthSecret } from "@/lib/security/get-auth-secret";

/** The parts of a message that carry what only its recipient may read (sign-in links, reset tokens). */
export interface MailBody {
  text: string;
  html?: string;
  /** Sealed too: a List-Unsubscribe URL carries a token only the recipient should hold. */
  headers?: Record<string, string>;
}

/** A sealed body did not open: made under another AUTH_SECRET, or altered. Retrying cannot help. */
export class MailBodySealError extends Error {
  override name = "MailBodySealError";
}

const VERSION = "v1";
const keys = new Map<string, Buffer>();

// A key of its own, derived from the auth secret (every instance sharing jobs shares it, as it must to share
// sessions), so a sealed mail opens on whichever instance's worker takes the job.
function key(): Buffer {
  const secret = getAuthSecret();
  let derived = keys.get(secret);
  if (!derived) {
    derived = Buffer.from(hkdfSync("sha256", secret, "questlog", "email.send body v1", 32));
    keys.set(secret, derived);
  }
  return derived;
}

/**
 * Encrypts a mail's text and HTML (AES-256-GCM) for the email.send job's payload. Job data is readable by
 * admins and ADMIN_API_TOKEN holders (job pages, search over job data, dead letters, the queue monitor),
 * and a sign-in link there would let them sign in as anyone; sealed, they see the recipient and subject only.
 * Bound to the recipient: the body cannot be moved to another address.
 *
 * @example
 * const body = sealMailBody({ text: `Sign in: ${url}` }, "ada@example.com"); // "v1.…"
 * openMailBody(body, "ada@example.com"); // { text: "Sign in: …" }
 */
export function sealMailBody(body: MailBody, to: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", key(), iv);
  cipher.setAAD(Buffer.from(to.toLowerCase()));
  const sealed = Buffer.concat([cipher.update(JSON.stringify(body), "utf8"), cipher.final()]);
  return [VERSION, iv, sealed, cipher.getAuthTag()].map((part) => (typeof part === "string" ? part : part.toString("base64url"))).join(".");
}

/** The body sealMailBody sealed for `to`; throws MailBodySealError when it does not open. */
export function openMailBody(sealed: string, to: string): MailBody {
  const [version, iv, data, tag] = sealed.split(".");
  if (version !== VERSION || !iv || !data || !tag) throw new MailBodySealError("not a sealed mail body");
  try {
    const decipher = createDecipheriv("aes-256-gcm", key(), Buffer.from(iv, "base64url"));
    decipher.setAAD(Buffer.from(to.toLowerCase()));
    decipher.setAuthTag(Buffer.from(tag, "base64url"));
    const json = Buffer.concat([decipher.update(Buffer.from(data, "base64url")), decipher.final()]).toString("utf8");
    return JSON.parse(json) as MailBody;
  } catch (error) {
    throw new MailBodySealError(
      "the mail body does not open: sealed under another AUTH_SECRET, or altered (instances sharing jobs need one AUTH_SECRET)",
      { cause: error },
    );
  }
}
