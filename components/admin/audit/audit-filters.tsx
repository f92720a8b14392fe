"use client";

import { useId } from "react";

import { adminButtonClass } from "@/components/admin/admin-button";
import { DayRangeInputs } from "@/components/admin/day-range-inputs";
import { DebouncedTextFilter } from "@/components/admin/debounced-text-filter";
import type { AuditFilters } from "@/lib/query/use-admin-audit";

// The action families the console writes, offered as suggestions; any prefix can be typed.
const KNOWN_PREFIXES = ["user.", "cache.", "job.", "queue.", "catalog.", "game."];

type Change = Partial<Record<keyof AuditFilters, string | undefined>>;

/** Action prefix, actor email, target and a day range; text boxes write into the URL once typing pauses. */
export function AuditFiltersBar({ filters, onChange }: { filters: AuditFilters; onChange: (changes: Change) => void }) {
  const id = useId();
  const any = Object.values(filters).some(Boolean);
  return (
    <div className="mb-4 space-y-3">
      <div className="grid grid-cols-1 gap-3 sm:grid-cols-3">
        <div>
          <DebouncedTextFilter
            label="Action"
            value={filters.action}
            onCommit={(action) => onChange({ action })}
            placeholder="user."
            maxLength={100}
            inputClassName="font-mono"
            listId={`${id}-actions`}
          />
          <datalist id={`${id}-actions`}>
            {KNOWN_PREFIXES.map((p) => (
              <option key={p} value={p} />
            ))}
          </datalist>
        </div>
        <DebouncedTextFilter
          label="Actor"
          value={filters.actor}
          onCommit={(actor) => onChange({ actor })}
          placeholder="Part of an admin's email"
          maxLength={320}
        />
        <DebouncedTextFilter
          label="Target"
          value={filters.target}
          onCommit={(target) => onChange({ target })}
          placeholder="game:1234"
          maxLength={300}
          inputClassName="font-mono"
        />
      </div>
      <div className="flex flex-wrap items-end gap-3">
        <DayRangeInputs from={filters.from} to={filters.to} onChange={onChange} />
        <p className="pb-2 text-xs text-zinc-500">Days in UTC.</p>
        {any ? (
          <button
            type="button"
            className={`${adminButtonClass()} ml-auto`}
            onClick={() => onChange({ action: undefined, actor: undefined, target: undefined, from: undefined, to: undefined })}
          >
            Clear filters
          </button>
        ) : null}
      </div>
    </div>
  );
}
