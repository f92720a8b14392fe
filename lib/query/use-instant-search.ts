"use client";

import { useEffect, useState } from "react";

import type { GameSummary } from "@/lib/catalog/schemas";
import { normalizeQuery } from "@/lib/search/normalize-query";

export interface InstantSearchResult {
  results: GameSummary[];
  meta: { total: number; query_time_ms: number };
}

const DEBOUNCE_MS = 120;
const LIMIT = 8;
// Answers stay fresh for a minute, as the server's own cache; a few dozen are plenty for one visit's typing.
const FRESH_MS = 60_000;
const CACHE_LIMIT = 50;

// Not react-query: the search box is on every page, and this hook is the only data it needs. Plain fetch with an
// abort keeps react-query (and its provider) off the first-load JavaScript of the public pages (issue 18).
const answers = new Map<string, { at: number; result: InstantSearchResult }>();

function remember(q: string, result: InstantSearchResult): void {
  answers.delete(q);
  answers.set(q, { at: Date.now(), result });
  if (answers.size > CACHE_LIMIT) answers.delete(answers.keys().next().value as string);
}

function recall(q: string): InstantSearchResult | undefined {
  const hit = answers.get(q);
  return hit && Date.now() - hit.at < FRESH_MS ? hit.result : undefined;
}

function useDebounced<T>(value: T, ms: number): T {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return debounced;
}

interface Settled {
  /** The query the last answer (or failure) was for. */
  q: string;
  /** The last good answer, kept on screen while the next query loads. */
  data?: InstantSearchResult;
  failed: boolean;
}

/** Search-as-you-type: debounced, keyed by the normalised query so "Zelda" and "zelda " share a cache entry. */
export function useInstantSearch(input: string): { data?: InstantSearchResult; isFetching: boolean; isError: boolean } {
  const q = normalizeQuery(useDebounced(input, DEBOUNCE_MS));
  const [settled, setSettled] = useState<Settled>({ q: "", failed: false });

  // A query answered within the minute is shown from memory, with no request and no effect.
  const cached = q ? recall(q) : undefined;

  useEffect(() => {
    if (!q || cached) return;
    const controller = new AbortController();
    fetch(`/api/games/search?q=${encodeURIComponent(q)}&limit=${LIMIT}`, { signal: controller.signal })
      .then(async (res) => {
        if (!res.ok) throw new Error(`Search failed (${res.status})`);
        const result = (await res.json()) as InstantSearchResult;
        remember(q, result);
        setSettled({ q, data: result, failed: false });
      })
      .catch(() => {
        // A newer keystroke aborted this one: that query's own answer follows.
        if (!controller.signal.aborted) setSettled((prev) => ({ ...prev, q, failed: true }));
      });
    return () => controller.abort();
  }, [q, cached]);

  if (cached) return { data: cached, isFetching: false, isError: false };
  const current = q.length > 0 && settled.q === q;
  return { data: settled.data, isFetching: q.length > 0 && !current, isError: current && settled.failed };
}
