"use client";

import { useState, type FormEvent } from "react";

import { errorBoxClass } from "@/components/ui/form-styles";
import type { DealAlertModeName, DealAlertPreferences } from "@/lib/store/deal-alerts/deal-alert-schemas";

import { sendJson } from "./send-json";

const MODES: Array<{ value: DealAlertModeName; label: string; hint: string }> = [
  { value: "instant", label: "Right away", hint: "one email per price drop" },
  { value: "daily", label: "Daily digest", hint: "one email a day with the day's drops" },
  { value: "off", label: "Off", hint: "no deal emails" },
];

/**
 * How the player hears about drops on the wishlist: instant emails, a daily digest, or none, and whether a new
 * all-time low alerts too (threshold or not). Saved with PUT /api/users/me/deal-alerts.
 */
export function DealAlertSettings({ initial }: { initial: DealAlertPreferences }) {
  const [mode, setMode] = useState(initial.mode);
  const [allTimeLow, setAllTimeLow] = useState(initial.all_time_low);
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<{ ok: boolean; message: string } | null>(null);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setStatus(null);
    try {
      const saved = await sendJson<DealAlertPreferences>("/api/users/me/deal-alerts", "PUT", { mode, all_time_low: allTimeLow });
      setMode(saved.mode);
      setAllTimeLow(saved.all_time_low);
      setStatus({ ok: true, message: "Saved." });
    } catch (caught) {
      setStatus({ ok: false, message: (caught as Error).message });
    } finally {
      setBusy(false);
    }
  };

  return (
    <form
      onSubmit={onSubmit}
      aria-labelledby="deal-alerts-title"
      className="mb-6 space-y-3 rounded-lg border border-zinc-200 bg-white p-4 text-sm dark:border-zinc-800 dark:bg-zinc-900"
    >
      <h2 id="deal-alerts-title" className="text-base font-semibold">
        Deal alerts
      </h2>
      <fieldset className="flex flex-col gap-2 sm:flex-row sm:gap-6">
        <legend className="sr-only">Email me about price drops</legend>
        {MODES.map((option) => (
          <label key={option.value} className="flex items-start gap-2">
            <input
              type="radio"
              name="deal-alert-mode"
              value={option.value}
              checked={mode === option.value}
              onChange={() => setMode(option.value)}
              className="mt-1"
            />
            <span>
              <span className="font-medium">{option.label}</span>
              <span className="block text-xs text-zinc-600 dark:text-zinc-400">{option.hint}</span>
            </span>
          </label>
        ))}
      </fieldset>
      <label className="flex items-start gap-2">
        <input type="checkbox" checked={allTimeLow} onChange={(event) => setAllTimeLow(event.target.checked)} className="mt-1" />
        <span>Also tell me when a wishlisted game reaches its lowest price ever, even above my alert price</span>
      </label>
      <div className="flex flex-wrap items-center gap-3">
        <button
          type="submit"
          disabled={busy}
          className="rounded-md bg-brand-600 px-4 py-2 font-semibold text-white hover:bg-brand-700 disabled:cursor-wait disabled:opacity-70"
        >
          {busy ? "Saving…" : "Save alert settings"}
        </button>
        {status?.ok && (
          <p role="status" className="text-emerald-700 dark:text-emerald-300">
            {status.message}
          </p>
        )}
      </div>
      {status && !status.ok && (
        <p role="alert" className={errorBoxClass}>
          {status.message}
        </p>
      )}
    </form>
  );
}
