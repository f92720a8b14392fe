// The split the job executor makes: a permanent error fails the job at once (no retries left to waste on
// a payload or upstream answer that will never change); anything else is retried with backoff.
import type { ZodError } from "zod";

import { BrandedError } from "@/lib/errors/cross-bundle-brand";

/** Throw from a handler to fail the job without further attempts (BullMQ's UnrecoverableError idea). */
export class PermanentJobError extends BrandedError {
  /** `instanceof` holds across Next's bundles (lib/errors/cross-bundle-brand.ts). */
  static override readonly brand: string = "PermanentJobError";

  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "PermanentJobError";
  }
}

/** A stored payload the definition's schema rejects: retrying cannot fix it, so it is dead-lettered. */
export class PoisonPayloadError extends PermanentJobError {
  /** `instanceof` holds across Next's bundles (lib/errors/cross-bundle-brand.ts). */
  static override readonly brand: string = "PoisonPayloadError";

  constructor(jobName: string, error: ZodError) {
    const first = error.issues[0];
    const where = first?.path.length ? ` at ${first.path.join(".")}` : "";
    super(`Invalid payload for ${jobName}${where}: ${first?.message ?? error.message}`, { cause: error });
    this.name = "PoisonPayloadError";
  }
}

export class JobSystemClosedError extends Error {
  constructor() {
    super("The job system is closed");
    this.name = "JobSystemClosedError";
  }
}
