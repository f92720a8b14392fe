// A deadline for any cache or rate-limit call: past it the caller gets a DeadlineError and fails open.
import { BrandedError } from "@/lib/errors/cross-bundle-brand";

export class DeadlineError extends BrandedError {
  /** `instanceof` holds across Next's bundles (lib/errors/cross-bundle-brand.ts). */
  static override readonly brand: string = "DeadlineError";

  constructor(ms: number) {
    super(`no answer within ${ms} ms`);
    this.name = "DeadlineError";
  }
}

export function withDeadline<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new DeadlineError(ms)), ms);
  });
  // The late answer (or error) of a timed-out call is dropped, not left unhandled.
  promise.catch(() => {});
  return Promise.race([promise, deadline]).finally(() => clearTimeout(timer));
}
