// Decodes Stripe's request encoding: application/x-www-form-urlencoded (or a query string) with bracket
// nesting, `a[b][c]=1`, and indexed arrays, `a[0]=x` or `a[]=x`, exactly what the stripe client's
// stringifyRequestData writes. Values stay strings; each endpoint's schema coerces them. Hand-written because
// it is 40 lines and `qs` is not a dependency; the shapes are the client's, so the tests pin them.

export type FormValue = string | FormValue[] | { [key: string]: FormValue };

export class FormEncodingError extends Error {
  constructor(
    message: string,
    readonly param: string,
  ) {
    super(message);
  }
}

export function parseForm(text: string): Record<string, FormValue> {
  const root: Building = {};
  for (const [rawKey, value] of new URLSearchParams(text)) {
    const match = /^([^[\]]+)((?:\[[^[\]]*\])*)$/.exec(rawKey);
    if (!match) throw new FormEncodingError(`Invalid parameter name: ${rawKey}`, rawKey);
    const path = [match[1]!, ...[...match[2]!.matchAll(/\[([^[\]]*)\]/g)].map((m) => m[1]!)];
    assign(root, path, value, rawKey);
  }
  return finalizeArrays(root) as Record<string, FormValue>;
}

// While parsing, arrays are plain objects keyed by index (or "" for a[]=); finalizeArrays turns every object
// whose keys are all indices into an array, in index order.
type Building = { [key: string]: Building | string };

function assign(node: Building, path: string[], value: string, rawKey: string): void {
  let current = node;
  for (let i = 0; i < path.length - 1; i++) {
    let key = path[i]!;
    if (key === "") key = String(Object.keys(current).length);
    const next = current[key];
    if (typeof next === "string") throw new FormEncodingError(`Invalid parameter: ${rawKey} mixes a value and a hash`, rawKey);
    current = current[key] = next ?? {};
  }
  let last = path.at(-1)!;
  if (last === "") last = String(Object.keys(current).length);
  if (typeof current[last] === "object") throw new FormEncodingError(`Invalid parameter: ${rawKey} mixes a value and a hash`, rawKey);
  current[last] = value;
}

function finalizeArrays(value: Building | string): FormValue {
  if (typeof value === "string") return value;
  const keys = Object.keys(value);
  const entries = keys.map((k) => [k, finalizeArrays(value[k]!)] as const);
  if (keys.length > 0 && keys.every((k) => /^\d+$/.test(k))) {
    return entries.sort((a, b) => Number(a[0]) - Number(b[0])).map(([, v]) => v);
  }
  return Object.fromEntries(entries);
}

/** `["line_items", 0, "price_data"]` → `line_items[0][price_data]`, the way Stripe names a param in errors. */
export function paramName(path: ReadonlyArray<PropertyKey>): string {
  const [first, ...rest] = path.map(String);
  return (first ?? "") + rest.map((p) => `[${p}]`).join("");
}
