// Builds Apicalypse bodies (IGDB's query language) without string concatenation at call sites, so quoting
// is done once and right. Immutable: every method returns a new builder.

export type SortDirection = "asc" | "desc";

interface Parts {
  fields: string[];
  exclude: string[];
  search: string | null;
  where: string[];
  sort: string | null;
  limit: number | null;
  offset: number | null;
}

/** Quotes a string literal for Apicalypse (backslashes and double quotes escaped). */
export function quote(value: string): string {
  return `"${value.replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"`;
}

/** `(1,2,3)`: "any of" for where clauses. */
export function anyOf(values: readonly (number | string)[]): string {
  return `(${values.map((v) => (typeof v === "number" ? String(v) : quote(v))).join(",")})`;
}

export class Apicalypse {
  private constructor(private readonly parts: Parts) {}

  static query(): Apicalypse {
    return new Apicalypse({ fields: [], exclude: [], search: null, where: [], sort: null, limit: null, offset: null });
  }

  private with(change: Partial<Parts>): Apicalypse {
    return new Apicalypse({ ...this.parts, ...change });
  }

  fields(fields: readonly string[] | string): Apicalypse {
    return this.with({ fields: [...this.parts.fields, ...(typeof fields === "string" ? [fields] : fields)] });
  }

  exclude(fields: readonly string[]): Apicalypse {
    return this.with({ exclude: [...this.parts.exclude, ...fields] });
  }

  search(text: string): Apicalypse {
    return this.with({ search: text });
  }

  /** Conditions are ANDed; pass raw Apicalypse conditions built with quote()/anyOf(). */
  where(condition: string): Apicalypse {
    return this.with({ where: [...this.parts.where, condition] });
  }

  sort(field: string, direction: SortDirection = "asc"): Apicalypse {
    return this.with({ sort: `${field} ${direction}` });
  }

  /** IGDB caps limit at 500; larger values are clamped here rather than rejected there. */
  limit(limit: number): Apicalypse {
    return this.with({ limit: Math.max(1, Math.min(500, Math.floor(limit))) });
  }

  offset(offset: number): Apicalypse {
    return this.with({ offset: Math.max(0, Math.floor(offset)) });
  }

  /** The body to POST. @example Apicalypse.query().fields(["name"]).search("zelda").limit(5).build() */
  build(): string {
    const { fields, exclude, search, where, sort, limit, offset } = this.parts;
    const statements: string[] = [];
    if (fields.length) statements.push(`fields ${fields.join(",")};`);
    if (exclude.length) statements.push(`exclude ${exclude.join(",")};`);
    if (search !== null) statements.push(`search ${quote(search)};`);
    if (where.length) statements.push(`where ${where.map((w) => (where.length > 1 ? `(${w})` : w)).join(" & ")};`);
    if (sort) statements.push(`sort ${sort};`);
    if (limit !== null) statements.push(`limit ${limit};`);
    if (offset !== null) statements.push(`offset ${offset};`);
    return statements.join(" ");
  }
}
