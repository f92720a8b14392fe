// Inputs of the queue console's API, shared by the route handlers (parse) and the client hooks (types).
// Safe for client components: zod and types only.
import { z } from "zod";

import { QUEUE_NAME } from "@/lib/jobs/job-id";
import type { JobState } from "@/lib/jobs/types";

import { parseDuration } from "./parse-duration";

export const JOB_STATES = ["waiting", "active", "delayed", "completed", "failed"] as const satisfies readonly JobState[];

export const QueueParamSchema = z.object({
  queue: z.string().regex(QUEUE_NAME, "a queue name is lowercase letters and digits"),
});

/** Route context of /api/admin/queues/{queue}/… handlers (withAdmin<QueueRoute>). */
export type QueueRoute = { params: Promise<{ queue: string }> };
/** Route context of /api/admin/jobs/{id}/… and other {id} handlers. */
export type IdRoute = { params: Promise<{ id: string }> };

/** "15m" / "1h" / "24h" / "7d" back from now, or an ISO date-time; "all" (or empty) for no bound. Out: ms epoch. */
const SinceSchema = z
  .string()
  .trim()
  .max(40)
  .transform((value, ctx): number | undefined => {
    if (value === "" || value === "all") return undefined;
    const relative = parseDuration(value);
    if (relative !== null) return Date.now() - relative;
    const absolute = /^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/.test(value) ? Date.parse(value) : NaN;
    if (!Number.isNaN(absolute)) return absolute;
    ctx.addIssue({ code: "custom", message: 'since is a duration back from now ("15m", "1h", "24h", "7d") or an ISO date-time' });
    return z.NEVER;
  });

// `state` may repeat (?state=failed&state=waiting) or be comma-separated (?state=failed,waiting).
const StatesSchema = z
  .array(z.string())
  .transform((values) => [
    ...new Set(
      values
        .flatMap((v) => v.split(","))
        .map((v) => v.trim().toLowerCase())
        .filter(Boolean),
    ),
  ])
  .pipe(z.array(z.enum(JOB_STATES)));

export const ListQueueJobsQuerySchema = z.object({
  state: StatesSchema.default([]),
  name: z.string().trim().min(1).max(200).optional(),
  /** Case-insensitive substring of the id, name, data (as JSON) or failure reason. */
  search: z
    .string()
    .trim()
    .max(200)
    .optional()
    .transform((s) => s || undefined),
  since: SinceSchema.optional(),
  limit: z.coerce.number().int().min(1).max(100).default(25),
  offset: z.coerce.number().int().min(0).max(100_000).default(0),
});

/** The query string of GET /api/admin/queues/{queue}/jobs as an object ListQueueJobsQuerySchema parses. */
export function listJobsQueryInput(params: URLSearchParams): Record<string, unknown> {
  const input: Record<string, unknown> = { state: params.getAll("state") };
  for (const key of ["name", "search", "since", "limit", "offset"]) {
    const value = params.get(key);
    if (value !== null && value !== "") input[key] = value;
  }
  return input;
}

const MAX_AGE_MS = 366 * 86_400_000;

/** Either olderThanMs (a number) or olderThan ("1h", "7d"); "0s" or 0 cleans every job in that state. */
export const CleanQueueBodySchema = z
  .object({
    state: z.enum(["completed", "failed"]),
    olderThanMs: z.number().int().min(0).max(MAX_AGE_MS).optional(),
    olderThan: z
      .string()
      .refine((s) => parseDuration(s) !== null, 'olderThan is a duration like "1h", "24h" or "7d"')
      .optional(),
  })
  .refine((b) => (b.olderThanMs === undefined) !== (b.olderThan === undefined), "give exactly one of olderThanMs and olderThan")
  .transform(({ state, olderThanMs, olderThan }) => ({ state, maxAgeMs: Math.min(MAX_AGE_MS, olderThanMs ?? parseDuration(olderThan!)!) }));

export const DeadLetterIdParamSchema = z.object({ id: z.string().regex(/^\d{1,20}$/, "a dead-letter id is a number") });

export const DeadLettersQuerySchema = z.object({ limit: z.coerce.number().int().min(1).max(500).default(50) });

/** Catalog write ticket ids ("w…-1a") or stream entry ids ("1712…-0"). */
export const DeadWriteIdParamSchema = z.object({ id: z.string().regex(/^[\w-]{1,100}$/, "a write id looks like w…-1a") });
