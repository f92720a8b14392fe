"use client";

import { useEffect, useRef, useState, type FormEvent, type KeyboardEvent } from "react";

import { inputClass } from "@/components/ui/form-styles";
import { formatMoney } from "@/lib/money/format-money";

import { sendJson } from "./send-json";

export interface Threshold {
  amount: string | null;
  currency: string | null;
}

const linkButton = "rounded px-2 py-1 text-sm font-medium text-brand-700 hover:underline disabled:opacity-60 dark:text-brand-300";

/**
 * A wishlist entry's price-drop alert, shown and edited in place: "Alert at $9.99 or less" and an Edit button,
 * which turns into an amount field in the visitor's currency (the one the price beside it is in) with Save,
 * Clear and Cancel. Enter saves, Escape cancels and gives focus back to Edit.
 */
export function ThresholdEditor({
  gameId,
  gameName,
  initial,
  currency,
}: {
  gameId: number;
  gameName: string;
  initial: Threshold;
  currency: string;
}) {
  const [saved, setSaved] = useState(initial);
  const [editing, setEditing] = useState(false);
  const [value, setValue] = useState("");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const editButton = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef(false);
  const inputId = `threshold-${gameId}`;

  // Focus goes back to Edit once it is on screen again: after the commit that shows it, not at the next frame,
  // which under load came before React rendered the button (and focus was lost to the page).
  useEffect(() => {
    if (editing || !returnFocus.current) return;
    returnFocus.current = false;
    editButton.current?.focus();
  }, [editing]);

  const open = () => {
    setValue(saved.amount !== null && saved.currency === currency ? saved.amount : "");
    setError(null);
    setEditing(true);
  };
  const close = () => {
    returnFocus.current = true;
    setEditing(false);
    setError(null);
  };
  const save = async (amount: string | null) => {
    setBusy(true);
    setError(null);
    try {
      const entry = await sendJson<{ priceDropThreshold: string | null; currency: string | null }>(
        `/api/users/me/wishlist/${gameId}`,
        "PATCH",
        {
          priceDropThreshold: amount,
          currency: amount === null ? null : currency,
        },
      );
      setSaved({ amount: entry.priceDropThreshold, currency: entry.currency });
      close();
    } catch (caught) {
      setError((caught as Error).message);
    } finally {
      setBusy(false);
    }
  };
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const amount = value.trim();
    if (amount === "") return void save(null);
    void save(amount);
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === "Escape") close();
  };

  if (!editing) {
    return (
      <div className="flex flex-wrap items-center gap-x-2 text-sm" data-testid="threshold">
        <span className="text-zinc-700 dark:text-zinc-300">
          {saved.amount !== null && saved.currency !== null ? (
            <>
              Alert at <strong className="tabular-nums">{formatMoney(saved.amount, saved.currency)}</strong> or less
            </>
          ) : (
            "No price alert"
          )}
        </span>
        {/* The name starts with the visible words (speech users say what they see), then says which game. */}
        <button ref={editButton} type="button" className={linkButton} onClick={open}>
          {saved.amount === null ? "Set alert" : "Edit"}
          <span className="sr-only">{saved.amount === null ? ` for ${gameName}` : ` the price alert for ${gameName}`}</span>
        </button>
      </div>
    );
  }
  return (
    <form onSubmit={onSubmit} onKeyDown={onKeyDown} className="flex flex-col gap-1 text-sm" aria-label={`Price alert for ${gameName}`}>
      <label htmlFor={inputId} className="font-medium">
        Alert me at or below ({currency})
      </label>
      <div className="flex flex-wrap items-center gap-2">
        <input
          id={inputId}
          className={`${inputClass} w-32 sm:w-28`}
          inputMode="decimal"
          autoComplete="off"
          // Autofocus on a control the user just asked for, not on page load.
          autoFocus
          placeholder="9.99"
          value={value}
          onChange={(event) => setValue(event.target.value)}
          aria-invalid={error !== null}
          aria-describedby={error ? `${inputId}-error` : undefined}
          disabled={busy}
        />
        <button
          type="submit"
          className="rounded-md bg-brand-600 px-3 py-2 font-semibold text-white hover:bg-brand-700 disabled:opacity-70"
          disabled={busy}
        >
          {busy ? "Saving…" : "Save"}
        </button>
        {saved.amount !== null && (
          <button type="button" className={linkButton} onClick={() => void save(null)} disabled={busy}>
            Clear
          </button>
        )}
        <button type="button" className={linkButton} onClick={close} disabled={busy}>
          Cancel
        </button>
      </div>
      {error && (
        <p id={`${inputId}-error`} role="alert" className="text-red-700 dark:text-red-300">
          {error}
        </p>
      )}
    </form>
  );
}
