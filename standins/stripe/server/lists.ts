// Stripe's list object, {object: "list", data, has_more, url}, with limit / starting_after / ending_before
// cursors and `created` filters. Items come newest first, as Stripe lists them.
import type Stripe from "stripe";

import { invalidRequest } from "./stripe-error";

export type CreatedFilter = number | { gt?: number; gte?: number; lt?: number; lte?: number };

export interface ListParams {
  limit?: number | undefined;
  starting_after?: string | undefined;
  ending_before?: string | undefined;
}

export function matchesCreated(created: number, filter: CreatedFilter | undefined): boolean {
  if (filter === undefined) return true;
  if (typeof filter === "number") return created === filter;
  return (
    (filter.gt === undefined || created > filter.gt) &&
    (filter.gte === undefined || created >= filter.gte) &&
    (filter.lt === undefined || created < filter.lt) &&
    (filter.lte === undefined || created <= filter.lte)
  );
}

export function listOf<T extends { id: string }>(newestFirst: T[], params: ListParams, url: string): Stripe.ApiList<T> {
  const limit = params.limit ?? 10;
  let start = 0;
  let end = newestFirst.length;
  if (params.starting_after) start = indexOf(newestFirst, params.starting_after, "starting_after") + 1;
  if (params.ending_before) {
    end = indexOf(newestFirst, params.ending_before, "ending_before");
    start = Math.max(0, end - limit);
  }
  const data = newestFirst.slice(start, Math.min(end, start + limit));
  const hasMore = params.ending_before ? start > 0 : start + limit < end;
  return { object: "list", data, has_more: hasMore, url };
}

function indexOf(items: { id: string }[], id: string, param: string): number {
  const index = items.findIndex((item) => item.id === id);
  if (index < 0) throw invalidRequest(`No such object: '${id}'`, param, "resource_missing");
  return index;
}
