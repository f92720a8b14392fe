// Cron patterns are read with cron-parser 5.10.3, the library BullMQ's job schedulers use themselves, so
// the in-process runner fires at exactly the times BullMQ would and a pattern valid for one is valid for both.
import { CronExpressionParser } from "cron-parser";

/** The payload every scheduled run gets: a repeatable job's schema must accept it. */
export const REPEAT_PAYLOAD: Readonly<Record<string, never>> = Object.freeze({});

/** The first run strictly after `after` (ms epoch). Throws on an invalid pattern or time zone. */
export function nextCronRun(cron: string, after: number, timezone?: string): number {
  return CronExpressionParser.parse(cron, { currentDate: after, tz: timezone }).next().getTime();
}
