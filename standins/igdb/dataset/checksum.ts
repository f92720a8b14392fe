// IGDB's checksum is a uuid-shaped hash of the record's content; clients use it to skip unchanged records.
import { createHash } from "node:crypto";

import type { StoredRecord } from "./stored-record";

/** Hashing 420k records up front would add ~0.5 s to start; most are never served, so hash on first read. */
const cache = new WeakMap<StoredRecord, string>();

export function checksumOf(record: StoredRecord): string {
  let sum = cache.get(record);
  if (sum === undefined) {
    const hex = createHash("sha1").update(JSON.stringify(record)).digest("hex");
    sum = `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
    cache.set(record, sum);
  }
  return sum;
}
