// Compiles a parsed `where` into a predicate over stored records. Dotted paths walk references
// (`platforms.slug`) and match when any reached value does. An absent field matches only `= null`.
import type { Dataset } from "../dataset/dataset";
import { fieldSpec, schemaFor, type Endpoint, type FieldSpec } from "../dataset/schema";
import type { Scalar, StoredRecord, StoredValue } from "../dataset/stored-record";
import type { StandinDrift } from "../types";
import { invalidField, syntaxError } from "./apicalypse-error";
import type { CompareOp, Literal, WhereNode, WhereValue } from "./parse-where";

export interface QueryContext {
  dataset: Dataset;
  drift: StandinDrift;
}

export type Predicate = (record: StoredRecord) => boolean;
type Values = StoredValue | undefined;

export function compileWhere(node: WhereNode, endpoint: Endpoint, ctx: QueryContext): Predicate {
  if (node.type !== "compare") {
    const left = compileWhere(node.left, endpoint, ctx);
    const right = compileWhere(node.right, endpoint, ctx);
    return node.type === "and" ? (r) => left(r) && right(r) : (r) => left(r) || right(r);
  }
  if (node.path.length > 1 && matchesAnyElement(node)) return compileSemiJoin(node, endpoint, ctx);
  const resolve = compilePath(node.path, endpoint, ctx);
  const test = compileTest(node.op, node.value);
  return (record) => test(resolve(record));
}

type CompareNode = Extract<WhereNode, { type: "compare" }>;

/** True when the comparison holds if any one reached value satisfies it (not for negations, [..] or {..}). */
function matchesAnyElement(node: CompareNode): boolean {
  if (node.op === "!=" || node.op === "!~") return false;
  if (node.value.kind === "list") return node.value.mode === "any";
  return !(node.value.kind === "literal" && node.value.value === null);
}

/**
 * `platforms.slug = "snes"` as "platforms contains an id of a platform whose slug is snes": the referenced
 * table is filtered once per query instead of following references from every record.
 */
function compileSemiJoin(node: CompareNode, endpoint: Endpoint, ctx: QueryContext): Predicate {
  compilePath(node.path, endpoint, ctx); // validates the whole path, so errors name it as written
  const [head, ...rest] = node.path as [string, ...string[]];
  const spec = fieldSpec(schemaFor(endpoint, ctx.drift), head)!;
  const ref = spec.ref!;
  const inner = compileWhere({ ...node, path: rest }, ref, ctx);
  let ids: Set<Scalar> | undefined;
  return (record) => {
    ids ??= new Set(
      ctx.dataset
        .rows(ref)
        .filter(inner)
        .map((r) => r.id),
    );
    const value = ctx.dataset.read(record, head, spec);
    return value !== undefined && some(value, (v) => ids!.has(v));
  };
}

/** Reads the values a (dotted) path reaches; undefined when there are none. */
export function compilePath(path: string[], endpoint: Endpoint, ctx: QueryContext): (record: StoredRecord) => Values {
  const steps: Array<{ name: string; spec: FieldSpec }> = [];
  let current: Endpoint = endpoint;
  path.forEach((name, i) => {
    const spec = fieldSpec(schemaFor(current, ctx.drift), name);
    if (!spec) throw invalidField(`'${path.join(".")}' is not a field of ${endpoint} ('${name}' is unknown on ${current})`);
    if (i < path.length - 1) {
      if (!spec.ref) throw invalidField(`'${path.join(".")}': '${name}' on ${current} is not an expandable reference`);
      current = spec.ref;
    }
    steps.push({ name, spec });
  });
  const { dataset } = ctx;
  if (steps.length === 1) {
    const { name, spec } = steps[0]!;
    return (record) => dataset.read(record, name, spec);
  }
  return (record) => {
    let records = [record];
    for (const { name, spec } of steps.slice(0, -1)) {
      const next: StoredRecord[] = [];
      for (const r of records) {
        for (const id of asArray(dataset.read(r, name, spec))) {
          const target = typeof id === "number" ? dataset.get(spec.ref!, id) : undefined;
          if (target) next.push(target);
        }
      }
      if (next.length === 0) return undefined;
      records = next;
    }
    const last = steps[steps.length - 1]!;
    const values = records.flatMap((r) => asArray(dataset.read(r, last.name, last.spec)));
    return values.length ? values : undefined;
  };
}

function asArray(value: Values): Scalar[] {
  return value === undefined ? [] : Array.isArray(value) ? value : [value];
}

function isAbsent(value: Values): value is undefined | [] {
  return value === undefined || (Array.isArray(value) && value.length === 0);
}

function some(value: StoredValue, test: (v: Scalar) => boolean): boolean {
  return Array.isArray(value) ? value.some(test) : test(value);
}

const NEGATED: Partial<Record<CompareOp, CompareOp>> = { "!=": "=", "!~": "~" };

function compileTest(op: CompareOp, value: WhereValue): (values: Values) => boolean {
  if (value.kind === "literal" && value.value === null) {
    if (op !== "=" && op !== "!=") throw syntaxError(`null can only be compared with = or !=`);
    return op === "=" ? isAbsent : (v) => !isAbsent(v);
  }
  const positive = NEGATED[op];
  const match = matcher(positive ?? op, value);
  // Negations hold only for present values: `!= 5` does not match a record without the field.
  return positive ? (v) => !isAbsent(v) && !match(v) : (v) => !isAbsent(v) && match(v);
}

function matcher(op: CompareOp, value: WhereValue): (values: StoredValue) => boolean {
  if (value.kind === "list") {
    const wanted = value.values;
    const has = (values: StoredValue, lit: Literal) => some(values, (v) => v === lit);
    if (value.mode === "any") {
      const set = new Set<Literal>(wanted);
      return (values) => some(values, (v) => set.has(v));
    }
    if (value.mode === "all") return (values) => wanted.every((lit) => has(values, lit));
    const exact = new Set<Literal>(wanted);
    return (values) => {
      const own = new Set(asArray(values));
      return own.size === exact.size && [...own].every((v) => exact.has(v));
    };
  }
  if (value.kind === "pattern") {
    const caseless = op === "~";
    const text = caseless ? value.text.toLowerCase() : value.text;
    const fits = (s: string) =>
      value.anyBefore && value.anyAfter ? s.includes(text) : value.anyAfter ? s.startsWith(text) : s.endsWith(text);
    return (values) => some(values, (v) => typeof v === "string" && fits(caseless ? v.toLowerCase() : v));
  }
  const lit = value.value as Scalar;
  switch (op) {
    case "=":
      return (values) => some(values, (v) => v === lit);
    case "~": {
      if (typeof lit !== "string") return (values) => some(values, (v) => v === lit);
      const lower = lit.toLowerCase();
      return (values) => some(values, (v) => typeof v === "string" && v.toLowerCase() === lower);
    }
    default: {
      const compare = ORDERINGS[op as ">" | ">=" | "<" | "<="];
      return (values) => some(values, (v) => typeof v === typeof lit && typeof v !== "boolean" && compare(v, lit));
    }
  }
}

const ORDERINGS: Record<">" | ">=" | "<" | "<=", (a: Scalar, b: Scalar) => boolean> = {
  ">": (a, b) => a > b,
  ">=": (a, b) => a >= b,
  "<": (a, b) => a < b,
  "<=": (a, b) => a <= b,
};
