import { isSellableCurrency, isWholeCoins, moneyAmountSchema, SELLABLE_CURRENCIES, type Currency } from "@/lib/money";

/** Largest CSV the import takes: the whole demo store is about 200 KB. */
export const MAX_LISTINGS_CSV_BYTES = 1024 * 1024;
export const MAX_LISTINGS_CSV_ROWS = 10_000;
/** Errors reported at most (the count says how many there were). */
const MAX_ERRORS = 100;

export const LISTINGS_CSV_COLUMNS = ["game_id", "listed", ...SELLABLE_CURRENCIES] as const;

export interface ListingsCsvRow {
  /** 1-based line in the file (the header is line 1). */
  line: number;
  gameId: number;
  /** Absent: unchanged. */
  listed?: boolean;
  prices: Partial<Record<Currency, string>>;
}

export interface CsvLineError {
  line: number;
  column?: string;
  message: string;
}

const BOOLEANS: Record<string, boolean> = { true: true, yes: true, "1": true, false: false, no: false, "0": false };

/** One CSV line's fields (RFC 4180 quoting: "a,b" and "" for a quote inside). */
function splitLine(line: string): string[] {
  const fields: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const char = line[i]!;
    if (quoted) {
      if (char === '"' && line[i + 1] === '"') {
        field += '"';
        i++;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ",") {
      fields.push(field);
      field = "";
    } else field += char;
  }
  fields.push(field);
  return fields.map((f) => f.trim());
}

/**
 * Parses the listings CSV (`game_id,listed,USD,EUR,GBP,JPY`; the header names the columns, any order, `game_id`
 * required; an empty cell leaves that value as it is). Every malformed line is reported with its line number,
 * and nothing is returned when any is: the import is all or nothing.
 *
 * @example
 * parseListingsCsv("game_id,listed,USD\n1942,true,19.99\n"); // { rows: [{ line: 2, gameId: 1942, listed: true, prices: { USD: "19.99" } }], errors: [] }
 */
export function parseListingsCsv(text: string): { rows: ListingsCsvRow[]; errors: CsvLineError[]; errorCount: number } {
  const lines = text.replace(/^\uFEFF/, "").split(/\r?\n/);
  const errors: CsvLineError[] = [];
  const fail = (error: CsvLineError) => errors.push(error);
  const columns = splitLine(lines[0] ?? "").map((name) =>
    isSellableCurrency(name.toUpperCase()) ? name.toUpperCase() : name.toLowerCase(),
  );
  const unknown = columns.filter((name) => !(LISTINGS_CSV_COLUMNS as readonly string[]).includes(name));
  if (!columns.includes("game_id") || unknown.length > 0 || new Set(columns).size !== columns.length) {
    fail({
      line: 1,
      message: `The header must name the columns ${LISTINGS_CSV_COLUMNS.join(",")} (game_id required, each once)${unknown.length ? `; unknown: ${unknown.join(", ")}` : ""}.`,
    });
    return { rows: [], errors, errorCount: 1 };
  }
  const rows: ListingsCsvRow[] = [];
  const seen = new Map<number, number>();
  for (let index = 1; index < lines.length; index++) {
    const line = index + 1;
    if (lines[index]!.trim() === "") continue;
    if (rows.length + errors.length >= MAX_LISTINGS_CSV_ROWS) {
      fail({ line, message: `At most ${MAX_LISTINGS_CSV_ROWS} rows per import.` });
      break;
    }
    const fields = splitLine(lines[index]!);
    if (fields.length !== columns.length) {
      fail({ line, message: `Expected ${columns.length} fields, found ${fields.length}.` });
      continue;
    }
    const cell = Object.fromEntries(columns.map((name, i) => [name, fields[i]!]));
    const before = errors.length;
    const gameId = /^\d{1,10}$/.test(cell.game_id ?? "") ? Number(cell.game_id) : NaN;
    if (!Number.isInteger(gameId) || gameId < 1 || gameId > 2 ** 31 - 1) fail({ line, column: "game_id", message: "Not a game id." });
    else if (seen.has(gameId)) fail({ line, column: "game_id", message: `Game ${gameId} is also on line ${seen.get(gameId)}.` });
    let listed: boolean | undefined;
    if (cell.listed) {
      listed = BOOLEANS[cell.listed.toLowerCase()];
      if (listed === undefined) fail({ line, column: "listed", message: "listed is true or false." });
    }
    const prices: Partial<Record<Currency, string>> = {};
    for (const currency of SELLABLE_CURRENCIES) {
      const value = cell[currency];
      if (!value) continue;
      const parsed = moneyAmountSchema.safeParse(value);
      if (parsed.success && !isWholeCoins(parsed.data, currency))
        fail({ line, column: currency, message: `${currency}: whole coins only.` });
      else if (parsed.success) prices[currency] = parsed.data;
      else fail({ line, column: currency, message: `${currency}: ${parsed.error.issues[0]?.message ?? "not an amount"}.` });
    }
    if (errors.length === before) {
      seen.set(gameId, line);
      rows.push({ line, gameId, listed, prices });
    }
  }
  return { rows: errors.length > 0 ? [] : rows, errors: errors.slice(0, MAX_ERRORS), errorCount: errors.length };
}
