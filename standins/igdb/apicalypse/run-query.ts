// Runs one Apicalypse query against the dataset: filter (where), search or sort, count, page, shape.
import { fieldSpec, isEndpoint, schemaFor, type Endpoint } from "../dataset/schema";
import { sortRecords } from "../dataset/sort-records";
import type { StoredRecord } from "../dataset/stored-record";
import { ApicalypseError, invalidField } from "./apicalypse-error";
import { candidateRows } from "./candidate-rows";
import { compileWhere, type QueryContext } from "./evaluate-where";
import { parseQuery, type ParsedQuery } from "./parse-query";
import { isSearchable, searchRecords } from "./search-records";
import { buildExclusion, buildSelection, selectFields, type OutputRecord } from "./select-fields";

export interface QueryResult {
  /** Matches before limit/offset: the x-count header, or the /count answer. */
  count: number;
  /** The page, shaped; absent for /count. */
  records?: OutputRecord[];
  searched: boolean;
}

export function runQuery(endpointName: string, body: string, ctx: QueryContext, countOnly = false): QueryResult {
  if (!isEndpoint(endpointName)) {
    throw new ApicalypseError("Not found", `'${endpointName}' is not an endpoint`, 404);
  }
  const endpoint: Endpoint = endpointName;
  const query = parseQuery(body);
  const matches = findMatches(endpoint, query, ctx);
  const searched = query.search !== undefined;
  if (countOnly) return { count: matches.length, searched };
  const selection = buildSelection(query.fields);
  const exclusion = query.exclude.length ? buildExclusion(query.exclude) : undefined;
  const records = matches
    .slice(query.offset, query.offset + query.limit)
    .map((record) => selectFields(record, endpoint, selection, exclusion, ctx));
  return { count: matches.length, records, searched };
}

function findMatches(endpoint: Endpoint, query: ParsedQuery, ctx: QueryContext): StoredRecord[] {
  if (query.search !== undefined && !isSearchable(endpoint)) {
    throw new ApicalypseError("Invalid Search", `search is not available on ${endpoint}; use where name ~ *"…"*`);
  }
  const predicate = query.where ? compileWhere(query.where, endpoint, ctx) : undefined;
  if (query.sort) {
    const { field } = query.sort;
    if (field.includes(".") || !fieldSpec(schemaFor(endpoint, ctx.drift), field)) {
      throw invalidField(`cannot sort ${endpoint} by '${field}': not a field of ${endpoint}`);
    }
  }

  if (query.search !== undefined && isSearchable(endpoint)) {
    // IGDB ignores sort under search. Text matching rejects most rows far cheaper than a predicate, so it goes first.
    const hits = searchRecords(endpoint, query.search, ctx);
    return predicate ? hits.filter(predicate) : hits;
  }
  const { sort } = query;
  const candidates = query.where ? candidateRows(query.where, endpoint, ctx) : null;
  let rows: StoredRecord[];
  if (sort) {
    const sorted = ctx.dataset.sortedRows(endpoint, ctx.drift, sort.field, sort.descending);
    // Candidates from an index hold no duplicates, so as many as the table means all of it.
    if (!candidates || candidates.length === sorted.length) rows = sorted;
    else if (candidates.length * 8 < sorted.length) {
      const spec = fieldSpec(schemaFor(endpoint, ctx.drift), sort.field)!;
      rows = sortRecords(candidates, (r) => ctx.dataset.read(r, sort.field, spec), sort.descending);
    } else {
      const wanted = new Set(candidates);
      rows = sorted.filter((r) => wanted.has(r));
    }
  } else {
    rows = candidates ?? ctx.dataset.rows(endpoint);
  }
  return predicate ? rows.filter(predicate) : rows;
}
