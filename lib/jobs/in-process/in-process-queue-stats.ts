import type { JobState, QueueStats } from "../types";
import type { InProcessQueue } from "./in-process-queue";

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

export function queueStatsOf(queue: InProcessQueue, now: number, deadLetters: number): QueueStats {
  const counts: Record<JobState, number> = { waiting: 0, delayed: 0, active: 0, completed: 0, failed: 0 };
  let completedLastMinute = 0;
  let completedLastHour = 0;
  let failedLastHour = 0;
  for (const record of queue.jobs.values()) {
    counts[record.state]++;
    const age = record.finishedAt === null ? Infinity : now - record.finishedAt;
    if (record.state === "completed" && age <= MINUTE) completedLastMinute++;
    if (record.state === "completed" && age <= HOUR) completedLastHour++;
    if (record.state === "failed" && age <= HOUR) failedLastHour++;
  }
  const oldest = queue.oldestWaitingCreatedAt();
  return {
    queue: queue.name,
    counts,
    paused: queue.paused,
    completedLastMinute,
    completedLastHour,
    failedLastHour,
    oldestWaitingMs: oldest === null ? null : now - oldest,
    deadLetters,
  };
}
