// The in-memory catalog the stand-in serves: one id-keyed table per endpoint, plus the derived views
// queries need often (rows in id order, rows sorted by a field). Mutations come only from the control API.
import type { StandinDrift } from "../types";
import { checksumOf } from "./checksum";
import { ENDPOINTS, fieldSpec, schemaFor, type Endpoint, type FieldSpec } from "./schema";
import { sortRecords } from "./sort-records";
import type { Scalar, StoredRecord, StoredValue } from "./stored-record";

/** Child endpoints whose records a game lists (by id) in one of its own fields. */
const GAME_BACK_REFERENCES: Partial<Record<Endpoint, { field: string; single: boolean }>> = {
  alternative_names: { field: "alternative_names", single: false },
  release_dates: { field: "release_dates", single: false },
  involved_companies: { field: "involved_companies", single: false },
  covers: { field: "cover", single: true },
};

export class Dataset {
  private readonly tables = new Map<Endpoint, Map<number, StoredRecord>>();
  /** Views derived from tables (id order, sort orders, field indexes, search texts), dropped when a table they read changes. */
  private readonly derived = new Map<string, { deps: readonly Endpoint[]; value: unknown }>();

  constructor() {
    for (const endpoint of ENDPOINTS) this.tables.set(endpoint, new Map());
  }

  table(endpoint: Endpoint): Map<number, StoredRecord> {
    return this.tables.get(endpoint)!;
  }

  get(endpoint: Endpoint, id: number): StoredRecord | undefined {
    return this.table(endpoint).get(id);
  }

  /** For the loader: nothing is derived yet. */
  insert(endpoint: Endpoint, record: StoredRecord): void {
    this.table(endpoint).set(record.id, record);
  }

  private put(endpoint: Endpoint, record: StoredRecord): void {
    this.table(endpoint).set(record.id, record);
    this.invalidate(endpoint);
  }

  /** A cached view over the tables in `deps`, rebuilt after any of them changes. */
  memo<T>(deps: readonly Endpoint[], key: string, build: () => T): T {
    const hit = this.derived.get(key);
    if (hit) return hit.value as T;
    const value = build();
    this.derived.set(key, { deps, value });
    return value;
  }

  rows(endpoint: Endpoint): StoredRecord[] {
    return this.memo([endpoint], `${endpoint}|rows`, () => [...this.table(endpoint).values()].sort((a, b) => a.id - b.id));
  }

  /** Rows ordered by one field (absent values last, ties by id). */
  sortedRows(endpoint: Endpoint, drift: StandinDrift, field: string, descending: boolean): StoredRecord[] {
    return this.memo([endpoint], `${endpoint}|sorted|${drift}|${field}|${descending}`, () => {
      const spec = fieldSpec(schemaFor(endpoint, drift), field)!;
      return sortRecords(this.rows(endpoint), (r) => this.read(r, field, spec), descending);
    });
  }

  /** Records by each value of a top-level field (each element for list fields), in id order. */
  index(endpoint: Endpoint, drift: StandinDrift, field: string): Map<Scalar, StoredRecord[]> {
    return this.memo([endpoint], `${endpoint}|index|${drift}|${field}`, () => {
      const spec = fieldSpec(schemaFor(endpoint, drift), field)!;
      const index = new Map<Scalar, StoredRecord[]>();
      for (const record of this.rows(endpoint)) {
        const value = this.read(record, field, spec);
        for (const v of Array.isArray(value) ? new Set(value) : value === undefined ? [] : [value]) {
          const list = index.get(v);
          if (list) list.push(record);
          else index.set(v, [record]);
        }
      }
      return index;
    });
  }

  read(record: StoredRecord, name: string, spec: FieldSpec): StoredValue | undefined {
    if (name === "checksum") return checksumOf(record);
    return record[spec.source ?? name];
  }

  /** The hidden popularity search ranks by: the game's "visits" primitive. */
  popularity(gameId: number): number {
    const value = this.get("popularity_primitives", gameId)?.value;
    return typeof value === "number" ? value : 0;
  }

  count(endpoint: Endpoint): number {
    return this.table(endpoint).size;
  }

  /** Merges into the record with the same id (a null value removes a field); updated_at is set to now. */
  upsert(endpoint: Endpoint, changes: Record<string, StoredValue | null> & { id: number }, now: number): StoredRecord {
    const previous = this.get(endpoint, changes.id);
    const merged: StoredRecord = { ...previous, id: changes.id };
    for (const [key, value] of Object.entries(changes)) {
      if (value === null || (Array.isArray(value) && value.length === 0)) delete merged[key];
      else merged[key] = value;
    }
    delete merged.checksum;
    merged.updated_at = now;
    this.put(endpoint, merged);
    if (endpoint === "games") this.syncSearchRecord(merged, now);
    if (typeof previous?.game === "number" && previous.game !== merged.game) {
      this.linkFromGame(endpoint, previous.game, merged.id, false);
    }
    if (typeof merged.game === "number") this.linkFromGame(endpoint, merged.game, merged.id, true);
    return merged;
  }

  remove(endpoint: Endpoint, id: number): boolean {
    const record = this.get(endpoint, id);
    if (!record) return false;
    this.table(endpoint).delete(id);
    this.invalidate(endpoint);
    if (endpoint === "games") this.remove("search", id);
    if (typeof record.game === "number") this.linkFromGame(endpoint, record.game, id, false);
    return true;
  }

  private invalidate(endpoint: Endpoint): void {
    for (const [key, entry] of this.derived) if (entry.deps.includes(endpoint)) this.derived.delete(key);
  }

  /** The search endpoint mirrors games, so an injected game is found there too. */
  private syncSearchRecord(game: StoredRecord, now: number): void {
    const previous = this.get("search", game.id);
    const record: StoredRecord = { ...previous, id: game.id, game: game.id, updated_at: now };
    if (typeof game.name === "string") record.name = game.name;
    if (typeof game.first_release_date === "number") record.published_at = game.first_release_date;
    else delete record.published_at;
    this.put("search", record);
  }

  /** Keeps the game's id list (or single cover) in step with an injected or deleted child record. */
  private linkFromGame(endpoint: Endpoint, gameId: number, childId: number, present: boolean): void {
    const link = GAME_BACK_REFERENCES[endpoint];
    const game = this.get("games", gameId);
    if (!link || !game) return;
    const next: StoredRecord = { ...game };
    if (link.single) {
      if (present) next[link.field] = childId;
      else if (next[link.field] === childId) delete next[link.field];
    } else {
      const ids = (Array.isArray(game[link.field]) ? game[link.field] : []) as number[];
      const updated = present ? (ids.includes(childId) ? ids : [...ids, childId]) : ids.filter((id) => id !== childId);
      if (updated === ids) return;
      if (updated.length) next[link.field] = updated;
      else delete next[link.field];
    }
    this.put("games", next);
  }
}
