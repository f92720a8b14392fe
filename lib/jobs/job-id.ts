// Public job ids are "<queue>:<id within the queue>" in both runners. Queue names are lowercase letters
// and digits only, so the first colon always ends the queue name; the rest may hold colons of its own
// (scheduled runs are "repeat:<job name>:<run time>", BullMQ's job scheduler format).

/** Queue names end up inside public ids and Redis keys, so they stay plain: lowercase letters and digits. */
export const QUEUE_NAME = /^[a-z0-9]+$/;

export function formatJobId(queue: string, localId: string): string {
  return `${queue}:${localId}`;
}

/** Null for anything that is not a public job id (unknown ids simply find no job). */
export function parseJobId(id: string): { queue: string; localId: string } | null {
  const colon = id.indexOf(":");
  const queue = id.slice(0, colon);
  if (colon < 0 || colon === id.length - 1 || !QUEUE_NAME.test(queue)) return null;
  return { queue, localId: id.slice(colon + 1) };
}

/** Scheduled runs get BullMQ's job scheduler id format, so both runners list them alike. */
export function repeatLocalId(jobName: string, runAt: number): string {
  return `repeat:${jobName}:${runAt}`;
}
