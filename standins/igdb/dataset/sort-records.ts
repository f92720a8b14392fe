// IGDB's sort order: by one field, absent values last in either direction; ties by id for stable pages.
import type { Scalar, StoredRecord, StoredValue } from "./stored-record";

type SortKey = Scalar | undefined;

function sortKey(value: StoredValue | undefined): SortKey {
  return Array.isArray(value) ? value[0] : value;
}

function compareKeys(a: SortKey, b: SortKey, descending: boolean): number {
  if (a === undefined || b === undefined) return a === b ? 0 : a === undefined ? 1 : -1;
  const order = typeof a === typeof b ? (a < b ? -1 : a > b ? 1 : 0) : typeof a < typeof b ? -1 : 1;
  return descending ? -order : order;
}

export function sortRecords(
  records: readonly StoredRecord[],
  read: (record: StoredRecord) => StoredValue | undefined,
  descending: boolean,
): StoredRecord[] {
  const keyed = records.map((record) => ({ record, key: sortKey(read(record)) }));
  keyed.sort((a, b) => compareKeys(a.key, b.key, descending) || a.record.id - b.record.id);
  return keyed.map((k) => k.record);
}
