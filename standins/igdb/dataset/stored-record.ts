// A record as held in memory: the current (2025) IGDB shape, fields without a value left out.

export type Scalar = number | string | boolean;
export type StoredValue = Scalar | Scalar[];

export interface StoredRecord {
  id: number;
  [field: string]: StoredValue | undefined;
}
