import "server-only";

import type { FailOpenCache } from "@/lib/cache/fail-open-cache";

import { classifyCacheKey } from "./cache-key-kinds";
import type { CacheKeyLookup } from "./schemas";
import { strictCacheCall } from "./strict-cache-call";

/** Most of a value sent to the browser; a larger one comes back as a truncated string. */
export const VALUE_PREVIEW_BYTES = 20_000;
const MAX_MEMBERS = 200;

function parseJson(raw: string): unknown {
  try {
    return JSON.parse(raw) as unknown;
  } catch {
    return undefined;
  }
}

function isEnvelope(value: unknown): value is { value: unknown; kind: string; freshUntil: number } {
  return (
    typeof value === "object" &&
    value !== null &&
    "value" in value &&
    typeof (value as { kind?: unknown }).kind === "string" &&
    typeof (value as { freshUntil?: unknown }).freshUntil === "number"
  );
}

function describeString(raw: string): Pick<CacheKeyLookup, "value" | "truncated" | "envelope" | "sizeBytes"> {
  const sizeBytes = Buffer.byteLength(raw);
  const parsed = parseJson(raw);
  const envelope = isEnvelope(parsed) ? { kind: parsed.kind, freshUntil: parsed.freshUntil, fresh: Date.now() < parsed.freshUntil } : null;
  if (sizeBytes > VALUE_PREVIEW_BYTES) return { value: raw.slice(0, VALUE_PREVIEW_BYTES), truncated: true, envelope, sizeBytes };
  const value = parsed === undefined ? raw : isEnvelope(parsed) ? parsed.value : parsed;
  return { value, truncated: false, envelope, sizeBytes };
}

/** One key as the console shows it: type, TTL, kind, size and (for strings and sets) its value. */
export async function lookUpCacheKey(cache: FailOpenCache, key: string): Promise<CacheKeyLookup> {
  const kind = classifyCacheKey(key);
  return strictCacheCall(cache, async (strict) => {
    const [type, ttl] = await Promise.all([strict.keyType(key), strict.ttl(key)]);
    const base = { key, kind: kind.kind, protected: kind.protected ?? false, redacted: false, type, ttlMs: ttl >= 0 ? ttl : null };
    const exists = type === null ? ttl !== -2 : type !== "none";
    if (!exists) return { ...base, exists: false, type: null, ttlMs: null, sizeBytes: null, value: null, truncated: false, envelope: null };
    if (kind.secret) return { ...base, exists, redacted: true, sizeBytes: null, value: null, truncated: false, envelope: null };
    if (type === "set") {
      const members = await strict.setMembers(key);
      const sizeBytes = members.reduce((n, m) => n + Buffer.byteLength(m), 0);
      return {
        ...base,
        exists,
        sizeBytes,
        value: members.slice(0, MAX_MEMBERS),
        members: members.length,
        truncated: members.length > MAX_MEMBERS,
        envelope: null,
      };
    }
    if (type === "string" || type === null) {
      const raw = await strict.get(key);
      if (raw !== null) return { ...base, exists, ...describeString(raw) };
    }
    // Lists, hashes, streams (queue state): their existence and TTL, not their contents.
    return { ...base, exists, sizeBytes: null, value: null, truncated: false, envelope: null };
  });
}
