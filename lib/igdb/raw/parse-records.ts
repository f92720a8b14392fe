// Parses IGDB records without ever crashing on drift: a field of an unexpected type is dropped (and
// logged) rather than failing the record; a record without an id or name is skipped (and logged).
import type { z } from "zod";

import { logger } from "@/lib/log/logger";

const reported = new Set<string>();

/** Logs a drift once per process and kind, so a changed IGDB schema is visible without flooding logs. */
export function reportDrift(key: string, message: string, details: Record<string, unknown> = {}): void {
  if (reported.has(key)) return;
  reported.add(key);
  logger.warn({ igdbDrift: key, ...details }, message);
}

export function parseRecords<T extends z.ZodType>(
  kind: string,
  schema: T,
  rows: readonly unknown[],
  known?: ReadonlySet<string>,
): Array<z.infer<T>> {
  const parsed: Array<z.infer<T>> = [];
  for (const row of rows) {
    if (known && row && typeof row === "object") {
      for (const key of Object.keys(row)) {
        if (!known.has(key)) reportDrift(`${kind}.${key}:unknown`, `IGDB sent an unknown ${kind} field "${key}"; ignoring it.`);
      }
    }
    let result = schema.safeParse(row);
    if (!result.success && row && typeof row === "object") {
      // Drop the offending top-level fields and try once more.
      const bad = new Set(result.error.issues.map((i) => String(i.path[0])));
      const trimmed = Object.fromEntries(Object.entries(row).filter(([key]) => !bad.has(key)));
      for (const key of bad) reportDrift(`${kind}.${key}:type`, `IGDB sent ${kind}.${key} in an unexpected shape; dropping the field.`);
      result = schema.safeParse(trimmed);
    }
    if (result.success) parsed.push(result.data);
    else
      reportDrift(`${kind}:invalid`, `IGDB sent a ${kind} record we cannot read; skipping it.`, {
        issues: result.error.issues.slice(0, 3),
      });
  }
  return parsed;
}

/** For tests: forget what was reported. */
export function resetDriftReports(): void {
  reported.clear();
}

export function driftReports(): string[] {
  return [...reported];
}
