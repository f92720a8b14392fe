"use client";

import { useId } from "react";

import { adminButtonClass } from "@/components/admin/admin-button";
import { DayRangeInputs } from "@/components/admin/day-range-inputs";
import { DebouncedTextFilter } from "@/components/admin/debounced-text-filter";
import { inputClass, labelClass } from "@/components/ui/form-styles";
import { ORDER_STATUSES } from "@/lib/admin/orders/schemas";
import type { OrderFilters } from "@/lib/query/use-admin-orders";

type Change = Partial<Record<keyof OrderFilters, string | undefined>>;

/** Buyer email, order id, status and a day range; text boxes write into the URL once typing pauses. */
export function OrderFiltersBar({ filters, onChange }: { filters: OrderFilters; onChange: (changes: Change) => void }) {
  const id = useId();
  const any = Object.values(filters).some(Boolean);
  return (
    <div className="mb-4 space-y-3">
      <div className="grid grid-cols-1 gap-3 sm:grid-cols-3">
        <DebouncedTextFilter
          label="Buyer email"
          value={filters.email}
          onCommit={(email) => onChange({ email })}
          placeholder="ada@example.com (exact)"
          maxLength={320}
        />
        <DebouncedTextFilter
          label="Order id"
          value={filters.id}
          onCommit={(orderId) => onChange({ id: orderId })}
          placeholder="The whole id"
          maxLength={40}
          inputClassName="font-mono"
        />
        <div>
          <label htmlFor={`${id}-status`} className={labelClass}>
            Status
          </label>
          <select
            id={`${id}-status`}
            className={inputClass}
            value={filters.status ?? ""}
            onChange={(e) => onChange({ status: e.target.value || undefined })}
          >
            <option value="">Any status</option>
            {ORDER_STATUSES.map((s) => (
              <option key={s} value={s}>
                {s.replaceAll("_", " ")}
              </option>
            ))}
          </select>
        </div>
      </div>
      <div className="flex flex-wrap items-end gap-3">
        <DayRangeInputs from={filters.from} to={filters.to} onChange={onChange} />
        <p className="pb-2 text-xs text-zinc-500">Days in UTC.</p>
        {any ? (
          <button
            type="button"
            className={`${adminButtonClass()} ml-auto`}
            onClick={() => onChange({ email: undefined, id: undefined, status: undefined, from: undefined, to: undefined })}
          >
            Clear filters
          </button>
        ) : null}
      </div>
    </div>
  );
}
