// Input and answer of GET /api/admin/audit, shared by the route and the console.
import { z } from "zod";

/** "<ISO createdAt>~<id>" of the last entry of a page. */
const cursorSchema = z
  .string()
  .regex(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z~[A-Za-z0-9_-]{1,64}$/, "a cursor from a previous page (nextCursor)")
  .refine((c) => !Number.isNaN(Date.parse(c.split("~")[0]!)), "a cursor from a previous page (nextCursor)")
  .transform((c) => {
    const [createdAt, id] = c.split("~") as [string, string];
    return { createdAt, id };
  });

const optionalText = (max: number) => z.string().trim().max(max).optional().transform((s) => (s ? s : undefined));

export const auditLogQuerySchema = z.object({
  target: optionalText(300),
  /** Action prefix: "user." matches user.role.update. */
  action: optionalText(100),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: cursorSchema.optional(),
});

export const toAuditCursor = (entry: { createdAt: string; id: string }) => `${entry.createdAt}~${entry.id}`;

// Type-only (erased at build): the console gets the entry shape without the server module.
export type { AuditEntry as AuditLogEntry } from "@/lib/audit/list-audit-log";
import type { AuditEntry } from "@/lib/audit/list-audit-log";

export interface AuditLogPage {
  entries: AuditEntry[];
  /** Pass as ?cursor= for older entries; null on the last page. */
  nextCursor: string | null;
}
