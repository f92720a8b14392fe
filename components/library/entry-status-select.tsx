"use client";

import { useRouter } from "next/navigation";
import { useId, useState, useTransition } from "react";

import type { LibraryStatus } from "@/generated/prisma/enums";
import { LIBRARY_STATUS_LABELS, LIBRARY_STATUSES } from "@/lib/library/library-status-labels";

/**
 * A library entry's status, changeable in place: shown at once, saved with PATCH, then the server page is
 * refreshed so the counts follow; on failure the old status comes back.
 */
export function EntryStatusSelect({ gameId, gameName, status }: { gameId: number; gameName: string; status: LibraryStatus }) {
  const id = useId();
  const router = useRouter();
  const [value, setValue] = useState(status);
  const [error, setError] = useState(false);
  const [pending, startTransition] = useTransition();

  function change(next: LibraryStatus) {
    const previous = value;
    setValue(next);
    setError(false);
    startTransition(async () => {
      const res = await fetch(`/api/users/me/library/${gameId}`, {
        method: "PATCH",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ status: next }),
      }).catch(() => null);
      if (!res?.ok) {
        setValue(previous);
        setError(true);
        return;
      }
      router.refresh();
    });
  }

  return (
    <div>
      <label htmlFor={id} className="sr-only">
        Status of {gameName}
      </label>
      <select
        id={id}
        value={value}
        aria-busy={pending}
        onChange={(e) => change(e.target.value as LibraryStatus)}
        className="w-full rounded-md border border-zinc-300 bg-white px-2 py-1 text-sm dark:border-zinc-700 dark:bg-zinc-900"
      >
        {LIBRARY_STATUSES.map((s) => (
          <option key={s} value={s}>
            {LIBRARY_STATUS_LABELS[s]}
          </option>
        ))}
      </select>
      {error ? (
        <p role="alert" className="mt-1 text-xs text-red-700 dark:text-red-300">
          Not saved. Try again.
        </p>
      ) : null}
    </div>
  );
}
