// The part of running a job both runners share: find the handler, re-validate the stored payload (it may
// predate a schema change), call it, and keep only what JSON can carry, as BullMQ stores it.
import { PermanentJobError, PoisonPayloadError } from "./errors";
import type { AnyJobDefinition, JobContext } from "./types";

export async function runJobHandler(
  definition: AnyJobDefinition | undefined,
  jobName: string,
  data: unknown,
  context: JobContext,
): Promise<unknown> {
  if (!definition) throw new PermanentJobError(`No handler is registered for job ${JSON.stringify(jobName)}`);
  const parsed = definition.schema.safeParse(data);
  if (!parsed.success) throw new PoisonPayloadError(jobName, parsed.error);
  return toJsonValue(await definition.handle(parsed.data, context));
}

/** What a value looks like after a trip through Redis: undefined becomes null, Dates become strings. */
export function toJsonValue(value: unknown): unknown {
  if (value === undefined) return null;
  return JSON.parse(JSON.stringify(value)) as unknown;
}

export function isPermanentError(error: unknown): boolean {
  return error instanceof PermanentJobError;
}

export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export function errorStack(error: unknown): string {
  return error instanceof Error ? (error.stack ?? `${error.name}: ${error.message}`) : String(error);
}
