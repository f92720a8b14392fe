"use client";

import { useId, useState, type FormEvent } from "react";

import { Panel } from "@/components/admin/panel";
import { ConfirmButton } from "@/components/admin/queues/confirm-button";
import { QueryError } from "@/components/admin/queues/query-error";
import { inputClass, labelClass } from "@/components/ui/form-styles";
import { matchesEverything, type InvalidateCacheBody } from "@/lib/admin/cache/schemas";
import { AdminApiError } from "@/lib/query/admin-api";
import { useInvalidateCache } from "@/lib/query/use-admin-cache";
import { formatCount } from "@/lib/utils";

const MODES = [
  { value: "key", label: "Key", placeholder: "ql:game:1234", hint: "One key under ql:." },
  {
    value: "tag",
    label: "Tag",
    placeholder: "game:1234",
    hint: "Every key stored with the tag (e.g. the searches listing a game), and the tag.",
  },
  {
    value: "pattern",
    label: "Pattern",
    placeholder: "ql:search:*",
    hint: "A glob under ql: (SCAN, at most 100,000 keys a time). Queue state is always left alone.",
  },
] as const;
type Mode = (typeof MODES)[number]["value"];

/** Remove keys by key, tag or pattern, after a confirmation; says how many went. */
export function InvalidatePanel({ instanceOnly }: { instanceOnly: boolean }) {
  const inputId = useId();
  const [mode, setMode] = useState<Mode>("key");
  const [target, setTarget] = useState("");
  const [confirmAll, setConfirmAll] = useState(false);
  const invalidate = useInvalidateCache();
  const value = target.trim();
  // Asked up front for ql:* and its spellings; for any other pattern, when the server counted more keys than
  // it removes without confirmation (it says how many).
  const counted =
    invalidate.error instanceof AdminApiError
      ? (invalidate.error.details as { reason?: string; pattern?: string; matched?: number } | undefined)
      : undefined;
  const tooMany =
    mode === "pattern" && counted?.reason === "confirm_all_required" && counted.pattern === value ? (counted.matched ?? 0) : 0;
  const everything = (mode === "pattern" && value.startsWith("ql:") && matchesEverything(value)) || tooMany > 0;
  const body: InvalidateCacheBody =
    mode === "key" ? { key: value } : mode === "tag" ? { tag: value } : { pattern: value, ...(everything ? { confirmAll } : {}) };
  const current = MODES.find((m) => m.value === mode)!;
  const result = invalidate.data;
  return (
    <Panel
      title="Invalidate"
      actions={instanceOnly ? <span className="text-xs text-zinc-500">In-memory cache: this instance only</span> : null}
    >
      {/* Enter in the field must not remove anything: removal goes through the confirmation below. */}
      <form onSubmit={(e: FormEvent) => e.preventDefault()} className="space-y-3">
        <fieldset>
          <legend className={labelClass}>Invalidate by</legend>
          <div className="flex flex-wrap gap-4">
            {MODES.map((m) => (
              <label key={m.value} className="flex items-center gap-1.5 text-sm">
                <input type="radio" name="invalidate-mode" value={m.value} checked={mode === m.value} onChange={() => setMode(m.value)} />
                {m.label}
              </label>
            ))}
          </div>
        </fieldset>
        <div>
          <label htmlFor={inputId} className={labelClass}>
            Key, tag or pattern
          </label>
          <input
            id={inputId}
            className={`${inputClass} font-mono`}
            placeholder={current.placeholder}
            value={target}
            onChange={(e) => setTarget(e.target.value)}
            autoComplete="off"
            spellCheck={false}
            aria-describedby={`${inputId}-hint`}
          />
          <p id={`${inputId}-hint`} className="mt-1 text-xs text-zinc-500">
            {current.hint}
          </p>
        </div>
        {everything ? (
          <label className="flex items-center gap-2 text-sm text-red-700 dark:text-red-300">
            <input type="checkbox" checked={confirmAll} onChange={(e) => setConfirmAll(e.target.checked)} />
            {tooMany > 0 ? `Yes, remove all ${formatCount(tooMany)} keys` : "Yes, remove every Questlog cache key"}
          </label>
        ) : null}
        <ConfirmButton
          label="Invalidate"
          variant="danger"
          question={
            <span className="break-all">
              Remove {mode === "key" ? "the key" : mode === "tag" ? "every key tagged" : "every key matching"} {value}?
            </span>
          }
          confirmLabel="Remove"
          disabled={!value || (everything && !confirmAll)}
          pending={invalidate.isPending}
          onConfirm={() => invalidate.mutate(body)}
        />
      </form>
      <div className="mt-3 space-y-2">
        <QueryError error={invalidate.error} what="invalidate" />
        {/* Always in the page, so screen readers announce the result when it arrives. */}
        <p role="status" data-testid="cache-invalidate-result" className="text-sm text-emerald-700 empty:hidden dark:text-emerald-300">
          {result && !invalidate.error
            ? `Removed ${formatCount(result.removed)} ${result.removed === 1 ? "key" : "keys"}${result.skipped ? `; left ${formatCount(result.skipped)} queue keys alone` : ""}${result.capped ? "; more may match: run it again" : ""}.`
            : null}
        </p>
      </div>
    </Panel>
  );
}
