"use client";

import { useId, useState, type FormEvent } from "react";

import { adminButtonClass } from "@/components/admin/admin-button";
import { formatBytes } from "@/components/admin/format-figures";
import { Panel } from "@/components/admin/panel";
import { QueryError } from "@/components/admin/queues/query-error";
import { formatDuration } from "@/components/admin/queues/relative-time";
import { inputClass, labelClass } from "@/components/ui/form-styles";
import { Skeleton } from "@/components/ui/skeleton";
import type { CacheKeyLookup } from "@/lib/admin/cache/schemas";
import { useCacheKey } from "@/lib/query/use-admin-cache";

/** Type a ql: key, see whether it exists, its kind, TTL, size and value. */
export function KeyLookupPanel() {
  const inputId = useId();
  const [draft, setDraft] = useState("");
  const [key, setKey] = useState<string | null>(null);
  const lookup = useCacheKey(key);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (draft.trim()) setKey(draft.trim());
  };
  return (
    <Panel title="Look up a key">
      <form onSubmit={submit} className="flex flex-col gap-2 sm:flex-row sm:items-end">
        <div className="min-w-0 flex-1">
          <label htmlFor={inputId} className={labelClass}>
            Cache key
          </label>
          <input
            id={inputId}
            className={`${inputClass} font-mono`}
            placeholder="ql:game:1234"
            value={draft}
            onChange={(e) => setDraft(e.target.value)}
            autoComplete="off"
            spellCheck={false}
          />
        </div>
        <button type="submit" className={adminButtonClass("primary", "sm:mb-0.5")} disabled={!draft.trim() || lookup.isFetching}>
          {lookup.isFetching ? "Looking up…" : "Look up"}
        </button>
      </form>
      <div className="mt-3">
        <QueryError error={lookup.error} what="look the key up" />
        {lookup.isFetching && !lookup.data ? <Skeleton className="h-24 w-full" /> : null}
        {lookup.data && !lookup.error ? <KeyDetails lookup={lookup.data} /> : null}
      </div>
    </Panel>
  );
}

function KeyDetails({ lookup }: { lookup: CacheKeyLookup }) {
  if (!lookup.exists) {
    return (
      <p data-testid="cache-key-result" className="text-sm text-zinc-600 dark:text-zinc-400">
        <code className="break-all">{lookup.key}</code> does not exist (never written, expired or removed).
      </p>
    );
  }
  const facts: Array<[string, string]> = [
    ["Kind", lookup.kind],
    ["Type", lookup.type ?? "—"],
    ["Expires in", lookup.ttlMs === null ? "never" : formatDuration(lookup.ttlMs)],
    ["Size", formatBytes(lookup.sizeBytes)],
  ];
  if (lookup.envelope)
    facts.push([
      "Entry",
      `${lookup.envelope.kind}, ${lookup.envelope.fresh ? "fresh" : "stale"} (fresh until ${new Date(lookup.envelope.freshUntil).toLocaleString()})`,
    ]);
  if (lookup.members !== undefined) facts.push(["Members", String(lookup.members)]);
  return (
    <div data-testid="cache-key-result" className="space-y-2 text-sm">
      <p className="font-mono text-xs break-all">{lookup.key}</p>
      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
        {facts.map(([term, value]) => (
          <div key={term} className="contents">
            <dt className="text-zinc-500">{term}</dt>
            <dd className="min-w-0 break-words">{value}</dd>
          </div>
        ))}
      </dl>
      {lookup.redacted ? <p className="text-xs text-zinc-500">A credential: its value is not shown here.</p> : null}
      {lookup.protected ? (
        <p className="text-xs text-amber-700 dark:text-amber-300">Queue state: read-only here, manage it from the Queues page.</p>
      ) : null}
      {lookup.value !== null ? (
        <>
          {lookup.truncated ? (
            <p className="text-xs text-amber-700 dark:text-amber-300">
              Showing the first {lookup.members !== undefined ? "200 members" : "20 KB"} only.
            </p>
          ) : null}
          <pre className="max-h-80 overflow-auto rounded bg-zinc-50 p-2 text-xs dark:bg-zinc-950" data-testid="cache-key-value">
            {typeof lookup.value === "string" ? lookup.value : JSON.stringify(lookup.value, null, 2)}
          </pre>
        </>
      ) : null}
    </div>
  );
}
