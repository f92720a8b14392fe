"use client";

import { useId, useState } from "react";

import { adminButtonClass } from "@/components/admin/admin-button";
import { Panel } from "@/components/admin/panel";
import { errorBoxClass, inputClass, labelClass } from "@/components/ui/form-styles";
import { AdminApiError } from "@/lib/query/admin-api";
import { useImportListings } from "@/lib/query/use-admin-store";

const MAX_BYTES = 1024 * 1024;

/** The API's refusal of a CSV: its message and each line's problem. */
function ImportError({ error }: { error: Error | null }) {
  if (!error) return null;
  const details =
    error instanceof AdminApiError
      ? (error.details as { errors?: Array<{ line: number; column?: string; message: string }> } | undefined)
      : undefined;
  return (
    <div role="alert" className={errorBoxClass}>
      <p>{error.message}</p>
      {details?.errors?.length ? (
        <ul className="mt-2 list-disc pl-5">
          {details.errors.map((e, i) => (
            <li key={i}>
              Line {e.line}
              {e.column ? ` (${e.column})` : ""}: {e.message}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

/** Bulk prices: pick or paste a CSV, preview what it would change (a dry run), then apply it all or nothing. */
export function CsvImportPanel() {
  const fileId = useId();
  const textId = useId();
  const [csv, setCsv] = useState("");
  const [fileError, setFileError] = useState<string | null>(null);
  const run = useImportListings();
  const preview = run.data?.dry_run ? run.data : null;
  const applied = run.data && !run.data.dry_run ? run.data : null;
  return (
    <Panel title="Import prices (CSV)">
      <p className="mb-3 text-sm text-zinc-600 dark:text-zinc-400">
        Columns <code>game_id,listed,USD,EUR,GBP,JPY</code> (the export&apos;s format); an empty cell leaves the value as it is. The whole
        file is applied or nothing is.
      </p>
      <div className="grid gap-3 md:grid-cols-2">
        <div>
          <label htmlFor={fileId} className={labelClass}>
            CSV file
          </label>
          <input
            id={fileId}
            type="file"
            accept=".csv,text/csv"
            className="block w-full text-sm"
            onChange={async (e) => {
              const file = e.target.files?.[0];
              if (!file) return;
              run.reset();
              if (file.size > MAX_BYTES) {
                setCsv("");
                setFileError("The file is over 1 MB: split it.");
                return;
              }
              setFileError(null);
              setCsv(await file.text());
            }}
          />
        </div>
        <div>
          <label htmlFor={textId} className={labelClass}>
            Or paste it
          </label>
          <textarea
            id={textId}
            className={`${inputClass} h-24 font-mono text-xs`}
            value={csv}
            onChange={(e) => {
              setCsv(e.target.value);
              run.reset();
            }}
          />
        </div>
      </div>
      <div className="mt-3 flex flex-wrap gap-2">
        <button
          type="button"
          className={adminButtonClass()}
          disabled={!csv.trim() || run.isPending}
          onClick={() => run.mutate({ csv, dryRun: true })}
        >
          Preview changes
        </button>
        <button
          type="button"
          className={adminButtonClass("primary")}
          disabled={!preview || preview.changes.length === 0 || run.isPending}
          onClick={() => run.mutate({ csv, dryRun: false })}
        >
          Apply import
        </button>
      </div>
      <div className="mt-3 space-y-3" aria-live="polite">
        {fileError ? (
          <p role="alert" className={errorBoxClass}>
            {fileError}
          </p>
        ) : null}
        <ImportError error={run.error} />
        {applied ? (
          <p role="status" className="text-sm text-emerald-700 dark:text-emerald-300">
            Imported: {applied.summary.price_changes} price changes, {applied.summary.created} new listings, {applied.summary.listed}{" "}
            listed, {applied.summary.unlisted} unlisted.
          </p>
        ) : null}
        {preview ? (
          preview.changes.length === 0 ? (
            <p className="text-sm text-zinc-500">Nothing to change: the file matches the store.</p>
          ) : (
            <div className="overflow-x-auto">
              <p className="mb-2 text-sm">
                {preview.changes.length} of {preview.summary.rows} rows change something ({preview.summary.price_changes} prices).
              </p>
              <table className="w-full text-left text-sm">
                <caption className="sr-only">Changes the import would make</caption>
                <thead className="text-xs text-zinc-500">
                  <tr>
                    <th className="py-1 pr-3">Line</th>
                    <th className="py-1 pr-3">Game</th>
                    <th className="py-1 pr-3">Listed</th>
                    <th className="py-1">Prices</th>
                  </tr>
                </thead>
                <tbody className="divide-y divide-zinc-200 dark:divide-zinc-800">
                  {preview.changes.slice(0, 200).map((change) => (
                    <tr key={change.line}>
                      <td className="py-1 pr-3">{change.line}</td>
                      <td className="py-1 pr-3">
                        {change.title ?? `Game ${change.game_id}`}
                        {change.action === "create" ? " (new)" : ""}
                      </td>
                      <td className="py-1 pr-3">{change.listed ? `${change.listed.from ?? "—"} → ${change.listed.to}` : ""}</td>
                      <td className="py-1">
                        {Object.entries(change.prices)
                          .map(([currency, p]) => `${currency} ${p.from ?? "—"} → ${p.to}`)
                          .join(", ")}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )
        ) : null}
      </div>
    </Panel>
  );
}
