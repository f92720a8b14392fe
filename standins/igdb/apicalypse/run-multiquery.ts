// POST /v4/multiquery: named sub-queries answered together, as [{name, result}] or [{name, count}].
import { ApicalypseError } from "./apicalypse-error";
import type { QueryContext } from "./evaluate-where";
import { parseMultiquery } from "./parse-multiquery";
import { runQuery } from "./run-query";
import type { OutputRecord } from "./select-fields";

export type MultiqueryEntry = { name: string; result: OutputRecord[] } | { name: string; count: number };

export interface MultiqueryResult {
  entries: MultiqueryEntry[];
  /** Sub-queries with a `search` statement; each counts in stats.searches. */
  searches: number;
}

export function runMultiquery(body: string, ctx: QueryContext): MultiqueryResult {
  const entries: MultiqueryEntry[] = [];
  let searches = 0;
  for (const sub of parseMultiquery(body)) {
    try {
      const result = runQuery(sub.endpoint, sub.body, ctx, sub.count);
      if (result.searched) searches++;
      entries.push(sub.count ? { name: sub.name, count: result.count } : { name: sub.name, result: result.records! });
    } catch (error) {
      // One bad sub-query fails the whole multiquery, naming the culprit.
      if (error instanceof ApicalypseError) {
        throw new ApicalypseError(error.title, `query "${sub.name}": ${error.cause_}`, error.status);
      }
      throw error;
    }
  }
  return { entries, searches };
}
