"use client";

import { useId } from "react";

import { inputClass, labelClass } from "@/components/ui/form-styles";

/**
 * "From" and "To" day pickers (YYYY-MM-DD, UTC) for a console filter bar; each cannot pass the other. Empty
 * pickers show `placeholder` days (a report's defaults) without writing them into the URL.
 */
export function DayRangeInputs({
  from,
  to,
  onChange,
  placeholder,
}: {
  from: string | undefined;
  to: string | undefined;
  onChange: (changes: { from?: string; to?: string }) => void;
  placeholder?: { from: string; to: string };
}) {
  const id = useId();
  return (
    <>
      <div>
        <label htmlFor={`${id}-from`} className={labelClass}>
          From
        </label>
        <input
          id={`${id}-from`}
          type="date"
          className={inputClass}
          value={from ?? placeholder?.from ?? ""}
          max={to}
          onChange={(e) => onChange({ from: e.target.value || undefined })}
        />
      </div>
      <div>
        <label htmlFor={`${id}-to`} className={labelClass}>
          To
        </label>
        <input
          id={`${id}-to`}
          type="date"
          className={inputClass}
          value={to ?? placeholder?.to ?? ""}
          min={from}
          onChange={(e) => onChange({ to: e.target.value || undefined })}
        />
      </div>
    </>
  );
}
