// Catalog dates are text of varying precision ("1991", "1991-11", "1991-11-21"); IGDB sends unix seconds
// (UTC) plus y/m, a human label and the precision as a date_format id.
import { DATE_FORMAT } from "../constants";

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

export interface IgdbDate {
  /** Unix seconds at the start of the known period: "1991" → 1991-01-01T00:00:00Z. */
  date?: number;
  y?: number;
  m?: number;
  human: string;
  dateFormat: number;
}

export function unixFromIso(text: string): number {
  return Math.floor(Date.parse(text) / 1000);
}

/** 128k releases share a few thousand distinct dates; parsing each once keeps start-up fast. */
const igdbDates = new Map<string | null, IgdbDate>();

export function igdbDate(text: string | null): IgdbDate {
  let date = igdbDates.get(text);
  if (!date) {
    date = parseIgdbDate(text);
    igdbDates.set(text, date);
  }
  return date;
}

function parseIgdbDate(text: string | null): IgdbDate {
  const parts = parseParts(text);
  if (!parts) return { human: "TBD", dateFormat: DATE_FORMAT.tbd };
  const { y, m, d } = parts;
  const date = Date.UTC(y, (m ?? 1) - 1, d ?? 1) / 1000;
  if (m === undefined) return { date, y, human: String(y), dateFormat: DATE_FORMAT.year };
  const month = MONTHS[m - 1]!;
  if (d === undefined) return { date, y, m, human: `${month} ${y}`, dateFormat: DATE_FORMAT.month };
  return { date, y, m, human: `${month} ${String(d).padStart(2, "0")}, ${y}`, dateFormat: DATE_FORMAT.day };
}

function parseParts(text: string | null): { y: number; m?: number; d?: number } | undefined {
  const match = text ? /^(\d{4})(?:-(\d\d))?(?:-(\d\d))?$/.exec(text) : null;
  if (!match) return undefined;
  const m = match[2] ? Number(match[2]) : undefined;
  const d = match[3] ? Number(match[3]) : undefined;
  return { y: Number(match[1]), ...(m !== undefined ? { m } : {}), ...(m !== undefined && d !== undefined ? { d } : {}) };
}
