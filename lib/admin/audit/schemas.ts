// Input and answer of GET /api/admin/audit, shared by the route and the console.
import { z } from "zod";

import type { AuditEntry } from "@/lib/audit/list-audit-log";

import { isCalendarDay } from "../is-calendar-day";

/** "<ISO createdAt>~<id>" of the last entry of a page. */
const cursorSchema = z
  .string()
  .regex(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z~[A-Za-z0-9_-]{1,64}$/, "a cursor from a previous page (nextCursor)")
  .refine((c) => !Number.isNaN(Date.parse(c.split("~")[0]!)), "a cursor from a previous page (nextCursor)")
  .transform((c) => {
    const [createdAt, id] = c.split("~") as [string, string];
    return { createdAt, id };
  });

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .optional()
    .transform((s) => (s ? s : undefined));

/** A day ("2026-12-06", the whole day in UTC) or an instant ("2026-12-06T10:00:00Z"). */
const DAY = /^\d{4}-\d\d-\d\d$/;
const INSTANT = /^\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d(\.\d+)?)?(Z|[+-]\d\d:\d\d)$/;

const dateBound = (edge: "start" | "end") =>
  z
    .string()
    .trim()
    .regex(new RegExp(`${DAY.source}|${INSTANT.source}`), "a day (2026-12-06) or an ISO 8601 instant (2026-12-06T10:00:00Z)")
    .refine((s) => isCalendarDay(s.slice(0, 10)) && !Number.isNaN(Date.parse(s)), "not a real date")
    // A day as the end of a range means all of it: entries before the next midnight (UTC).
    .transform((s) => (DAY.test(s) && edge === "end" ? new Date(Date.parse(s) + 86_400_000) : new Date(s)))
    .optional();

export const auditLogQuerySchema = z
  .object({
    target: optionalText(300),
    /** Action prefix: "user." matches user.role.update. */
    action: optionalText(100),
    /** Part of the acting admin's email, any case. */
    actor: optionalText(320),
    /** Entries at or after this day or instant. */
    from: dateBound("start"),
    /** Entries up to this instant, or to the end of this day. */
    to: dateBound("end"),
    limit: z.coerce.number().int().min(1).max(200).default(50),
    cursor: cursorSchema.optional(),
  })
  .refine((q) => !q.from || !q.to || q.from < q.to, { message: "from must come before to", path: ["from"] });

export const toAuditCursor = (entry: { createdAt: string; id: string }) => `${entry.createdAt}~${entry.id}`;

// Type-only (erased at build): the console gets the entry shape without the server module.
export type { AuditEntry as AuditLogEntry } from "@/lib/audit/list-audit-log";

export interface AuditLogPage {
  entries: AuditEntry[];
  /** Pass as ?cursor= for older entries; null on the last page. */
  nextCursor: string | null;
}
