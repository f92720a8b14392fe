"use client";

import { useEffect, useId, useState } from "react";

import { inputClass, labelClass } from "@/components/ui/form-styles";
import { SINCE_CHOICES } from "@/lib/admin/queues/parse-duration";
import type { JobFilters } from "@/lib/query/use-admin-queues";

const SEARCH_DEBOUNCE_MS = 300;

/** Search (id, name, data, failure reason), job name and creation time; the search is debounced into the URL. */
export function JobFiltersBar({ filters, jobNames, onChange }: { filters: JobFilters; jobNames: string[]; onChange: (changes: Record<string, string | undefined>) => void }) {
  const id = useId();
  const [text, setText] = useState(filters.search ?? "");
  // What this box last put in the URL: when the URL then changes to something else (back button, a shared
  // link), the box follows it; its own echo must not undo what was typed meanwhile.
  const [pushed, setPushed] = useState(filters.search);
  const [urlSearch, setUrlSearch] = useState(filters.search);
  if (urlSearch !== filters.search) {
    setUrlSearch(filters.search);
    if (filters.search !== pushed) setText(filters.search ?? "");
  }
  useEffect(() => {
    const wanted = text.trim() || undefined;
    if (wanted === filters.search) return;
    const timer = setTimeout(() => {
      setPushed(wanted);
      onChange({ search: wanted });
    }, SEARCH_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [text, filters.search, onChange]);
  const names = filters.name && !jobNames.includes(filters.name) ? [filters.name, ...jobNames] : jobNames;
  return (
    <div className="grid grid-cols-1 gap-3 sm:grid-cols-[minmax(0,2fr)_minmax(0,1fr)_minmax(0,1fr)]">
      <div>
        <label htmlFor={`${id}-search`} className={labelClass}>
          Search jobs
        </label>
        <input
          id={`${id}-search`}
          type="search"
          className={inputClass}
          placeholder="Id, name, data or error text"
          value={text}
          onChange={(e) => setText(e.target.value)}
          maxLength={200}
          autoComplete="off"
        />
      </div>
      <div>
        <label htmlFor={`${id}-name`} className={labelClass}>
          Job name
        </label>
        <select id={`${id}-name`} className={inputClass} value={filters.name ?? ""} onChange={(e) => onChange({ name: e.target.value || undefined })}>
          <option value="">All names</option>
          {names.map((name) => (
            <option key={name} value={name}>
              {name}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor={`${id}-since`} className={labelClass}>
          Created
        </label>
        <select id={`${id}-since`} className={inputClass} value={filters.since ?? "all"} onChange={(e) => onChange({ since: e.target.value })}>
          {SINCE_CHOICES.map((c) => (
            <option key={c.value} value={c.value}>
              {c.label}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}
