import type { CacheInfo } from "../types";

/** The `field:value` lines of Redis' INFO reply, sections and comments skipped. */
function infoFields(text: string): Map<string, string> {
  const fields = new Map<string, string>();
  for (const line of text.split(/\r?\n/)) {
    if (!line || line.startsWith("#")) continue;
    const at = line.indexOf(":");
    if (at > 0) fields.set(line.slice(0, at), line.slice(at + 1).trim());
  }
  return fields;
}

const num = (fields: Map<string, string>, name: string): number | null => {
  const raw = fields.get(name);
  if (raw === undefined || raw === "") return null;
  const value = Number(raw);
  return Number.isFinite(value) ? value : null;
};

/**
 * CacheInfo from the text of INFO (any sections) and DBSIZE. `maxmemory:0` means "no limit", reported as null.
 *
 * @example parseRedisInfo(await redis.info(), await redis.dbsize())
 */
export function parseRedisInfo(text: string, keys: number | null): CacheInfo {
  const fields = infoFields(text);
  const maxMemory = num(fields, "maxmemory");
  return {
    usedMemoryBytes: num(fields, "used_memory"),
    keys,
    maxMemoryBytes: maxMemory ? maxMemory : null,
    evictedKeys: num(fields, "evicted_keys"),
    hits: num(fields, "keyspace_hits"),
    misses: num(fields, "keyspace_misses"),
  };
}
