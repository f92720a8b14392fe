"use client";

import { useId } from "react";

import { DebouncedTextFilter } from "@/components/admin/debounced-text-filter";
import { inputClass, labelClass } from "@/components/ui/form-styles";
import { SINCE_CHOICES } from "@/lib/admin/queues/parse-duration";
import type { JobFilters } from "@/lib/query/use-admin-queues";

/** Search (id, name, data, failure reason), job name and creation time; the search is debounced into the URL. */
export function JobFiltersBar({
  filters,
  jobNames,
  onChange,
}: {
  filters: JobFilters;
  jobNames: string[];
  onChange: (changes: Record<string, string | undefined>) => void;
}) {
  const id = useId();
  const names = filters.name && !jobNames.includes(filters.name) ? [filters.name, ...jobNames] : jobNames;
  return (
    <div className="grid grid-cols-1 gap-3 sm:grid-cols-[minmax(0,2fr)_minmax(0,1fr)_minmax(0,1fr)]">
      <DebouncedTextFilter
        label="Search jobs"
        value={filters.search}
        onCommit={(search) => onChange({ search })}
        placeholder="Id, name, data or error text"
      />
      <div>
        <label htmlFor={`${id}-name`} className={labelClass}>
          Job name
        </label>
        <select
          id={`${id}-name`}
          className={inputClass}
          value={filters.name ?? ""}
          onChange={(e) => onChange({ name: e.target.value || undefined })}
        >
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
        <select
          id={`${id}-since`}
          className={inputClass}
          value={filters.since ?? "all"}
          onChange={(e) => onChange({ since: e.target.value })}
        >
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
