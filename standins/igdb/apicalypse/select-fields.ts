// Shapes output records from `fields` and `exclude`: `*` is every field, `a.b` expands reference `a` into
// records with `id` plus `b` (recursively), unknown names are ignored as IGDB ignores them.
import { schemaFor, type Endpoint } from "../dataset/schema";
import type { StoredRecord, StoredValue } from "../dataset/stored-record";
import type { QueryContext } from "./evaluate-where";

export interface Selection {
  all: boolean;
  /** null: the field as stored (ids for references); a Selection: expand the reference. */
  fields: Map<string, Selection | null>;
}

export type OutputRecord = { id: number } & Record<string, unknown>;

export function buildSelection(paths: string[][] | null): Selection {
  const root: Selection = { all: false, fields: new Map() };
  for (const path of paths ?? []) {
    let node = root;
    path.forEach((segment, i) => {
      if (segment === "*") {
        node.all = true;
        return;
      }
      const existing = node.fields.get(segment);
      if (i === path.length - 1) {
        if (existing === undefined) node.fields.set(segment, null);
        return;
      }
      const child = existing ?? { all: false, fields: new Map() };
      node.fields.set(segment, child);
      node = child;
    });
  }
  return root;
}

/** Exclusions as a tree: `true` drops the field, a subtree drops fields inside its expansion. */
export type Exclusion = Map<string, Exclusion | true>;

export function buildExclusion(paths: string[][]): Exclusion {
  const root: Exclusion = new Map();
  for (const path of paths) {
    let node = root;
    path.forEach((segment, i) => {
      const existing = node.get(segment);
      if (existing === true) return;
      if (i === path.length - 1) {
        node.set(segment, true);
        return;
      }
      const child: Exclusion = existing ?? new Map();
      node.set(segment, child);
      node = child;
    });
  }
  return root;
}

export function selectFields(
  record: StoredRecord,
  endpoint: Endpoint,
  selection: Selection,
  exclusion: Exclusion | undefined,
  ctx: QueryContext,
): OutputRecord {
  const out: OutputRecord = { id: record.id };
  for (const [name, spec] of schemaFor(endpoint, ctx.drift)) {
    const sub = selection.fields.get(name);
    if (sub === undefined && !selection.all) continue;
    const excluded = exclusion?.get(name);
    if (excluded === true) continue;
    const value = ctx.dataset.read(record, name, spec);
    if (value === undefined) continue;
    const served = sub && spec.ref ? expand(value, spec.ref, sub, excluded, ctx) : value;
    if (served !== undefined && !(Array.isArray(served) && served.length === 0)) out[name] = served;
  }
  return out;
}

function expand(value: StoredValue, ref: Endpoint, sub: Selection, exclusion: Exclusion | undefined, ctx: QueryContext) {
  const one = (id: unknown) => {
    const target = typeof id === "number" ? ctx.dataset.get(ref, id) : undefined;
    return target ? selectFields(target, ref, sub, exclusion, ctx) : undefined;
  };
  if (!Array.isArray(value)) return one(value);
  // A reference to a deleted record is dropped, as IGDB drops what it no longer has.
  return value.map(one).filter((r) => r !== undefined);
}
