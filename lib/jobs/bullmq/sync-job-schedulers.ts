// Repeatable jobs as BullMQ job schedulers. A scheduler is upserted by id (the job's name), so every
// instance that starts registers the same single schedule: a cron runs once per deployment, not once per
// instance, and a changed pattern replaces the old one.
import type { Queue } from "bullmq";

import { REPEAT_PAYLOAD } from "../repeat-schedule";
import { resolveJobOptions, retryPolicy } from "../resolve-job-options";
import type { AnyJobDefinition } from "../types";
import { toBullJobOptions } from "./bull-job-options";

export async function syncJobSchedulers(queue: Queue, definitions: readonly AnyJobDefinition[]): Promise<void> {
  const current = new Set<string>();
  for (const definition of definitions) {
    const repeat = definition.options?.repeat;
    if (!repeat) continue;
    current.add(definition.name);
    const opts = toBullJobOptions(retryPolicy(resolveJobOptions(definition, undefined)));
    await queue.upsertJobScheduler(
      definition.name,
      { pattern: repeat.cron, tz: repeat.timezone },
      { name: definition.name, data: REPEAT_PAYLOAD, opts },
    );
  }
  // A job that lost its schedule in this deploy must stop running on the old one.
  for (const scheduler of await queue.getJobSchedulers()) {
    const id = scheduler.id ?? scheduler.key;
    if (!current.has(id)) await queue.removeJobScheduler(id);
  }
}
