import { QUEUE_NAME } from "./job-id";
import { nextCronRun, REPEAT_PAYLOAD } from "./repeat-schedule";
import { assertPriority } from "./resolve-job-options";
import type { JobDefinition } from "./types";

// Names become BullMQ job scheduler ids ("repeat:<name>:<time>"), which must not contain colons.
const JOB_NAME = /^[a-z0-9]+(?:[._-][a-z0-9]+)*$/;

/**
 * Declares a job: its name, queue, payload schema and handler. Validates the declaration once, at import,
 * so a typo fails the build or the first test rather than the first enqueue in production.
 *
 * @example
 * export const refreshGameJob = defineJob({
 *   name: "refresh-game-job",
 *   queue: "catalog",
 *   schema: z.object({ igdbId: z.number().int().positive() }),
 *   dedupeKey: ({ igdbId }) => `igdb:${igdbId}`,
 *   async handle({ igdbId }, { log }) { ... },
 * });
 */
export function defineJob<T>(definition: JobDefinition<T>): JobDefinition<T> {
  const { name, queue, options = {} } = definition;
  const fail = (problem: string): never => {
    throw new Error(`defineJob(${JSON.stringify(name)}): ${problem}`);
  };
  if (!JOB_NAME.test(name)) fail("name must be lowercase letters and digits, separated by single '.', '-' or '_'");
  if (!QUEUE_NAME.test(queue)) fail(`queue ${JSON.stringify(queue)} must be lowercase letters and digits only`);
  if (options.attempts !== undefined && (!Number.isInteger(options.attempts) || options.attempts < 1)) {
    fail("options.attempts must be an integer of at least 1");
  }
  if (options.backoff && (!Number.isFinite(options.backoff.delayMs) || options.backoff.delayMs < 0)) {
    fail("options.backoff.delayMs must be a non-negative number");
  }
  if (options.keepCompleted !== undefined && (!Number.isInteger(options.keepCompleted) || options.keepCompleted < 0)) {
    fail("options.keepCompleted must be a non-negative integer");
  }
  if (options.priority !== undefined) {
    try {
      assertPriority(options.priority);
    } catch (error) {
      fail((error as Error).message);
    }
  }
  if (options.repeat) {
    try {
      nextCronRun(options.repeat.cron, Date.now(), options.repeat.timezone);
    } catch (error) {
      fail(`invalid repeat.cron ${JSON.stringify(options.repeat.cron)}: ${(error as Error).message}`);
    }
    // Scheduled runs carry no caller, hence no payload: the schema must accept the empty one they get.
    if (!definition.schema.safeParse(REPEAT_PAYLOAD).success) fail("a repeatable job's schema must accept {}");
  }
  return definition;
}
