// Lookups IGDB had nothing for, remembered for a few minutes so a popular typo or a crawler walking
// unknown slugs does not spend the 4 rps budget over and over. In-process and bounded; the Redis layer's
// negative cache entries take over when Redis is configured.
import { processSingleton } from "@/lib/process-singleton";

const TTL_MS = 10 * 60_000;
const MAX_ENTRIES = 10_000;

const misses = processSingleton("questlogIgdbMisses", () => new Map<string, number>());

export function recentlyMissed(key: string): boolean {
  const at = misses.get(key);
  if (at === undefined) return false;
  if (Date.now() - at < TTL_MS) return true;
  misses.delete(key);
  return false;
}

export function rememberMiss(key: string): void {
  if (misses.size >= MAX_ENTRIES) misses.delete(misses.keys().next().value!);
  misses.set(key, Date.now());
}
