"use client";

import Link from "next/link";
import { useId } from "react";

import type { LibraryStatus } from "@/generated/prisma/enums";
import { LIBRARY_STATUS_LABELS, LIBRARY_STATUSES } from "@/lib/library/library-status-labels";
import { useLibrary, useRemoveFromLibrary, useSetLibraryStatus } from "@/lib/query/use-library";

import { libraryButtonClass } from "./library-button-styles";

const selectClass = "rounded-md border border-zinc-300 bg-white px-3 py-2 text-sm dark:border-zinc-700 dark:bg-zinc-900";

/**
 * "Add to library" and the status of this game in it. A client island: the game page around it is static
 * (ISR), and the entry is this visitor's, read from the library API.
 */
export function LibraryButton({ gameId, slug }: { gameId: number; slug: string }) {
  const selectId = useId();
  const library = useLibrary();
  const setStatus = useSetLibraryStatus();
  const remove = useRemoveFromLibrary();

  if (library.isPending)
    return (
      <div role="status" aria-label="Loading your library" className="h-9 w-36 animate-pulse rounded-md bg-zinc-200 dark:bg-zinc-800" />
    );
  if (library.isError) return <p className="text-sm text-red-700 dark:text-red-300">Your library could not be loaded.</p>;
  if (library.data === null) {
    return (
      <Link href={`/signin?callbackUrl=${encodeURIComponent(`/games/${slug}`)}`} className={libraryButtonClass}>
        Sign in to add to your library
      </Link>
    );
  }

  const entry = library.data.entries.find((e) => e.gameId === gameId);
  const failed = setStatus.isError || remove.isError;
  return (
    <div className="flex flex-wrap items-center gap-2">
      {entry ? (
        <>
          <label htmlFor={selectId} className="text-sm font-medium">
            In your library:
          </label>
          <select
            id={selectId}
            value={entry.status}
            onChange={(e) => setStatus.mutate({ gameId, status: e.target.value as LibraryStatus, isNew: false })}
            className={selectClass}
          >
            {LIBRARY_STATUSES.map((s) => (
              <option key={s} value={s}>
                {LIBRARY_STATUS_LABELS[s]}
              </option>
            ))}
          </select>
          <button
            type="button"
            onClick={() => remove.mutate(gameId)}
            className="text-sm text-zinc-600 underline hover:text-zinc-900 dark:text-zinc-400 dark:hover:text-zinc-100"
          >
            Remove
          </button>
        </>
      ) : (
        <AddWithStatus onAdd={(status) => setStatus.mutate({ gameId, status, isNew: true })} />
      )}
      {failed ? (
        <p role="alert" className="w-full text-sm text-red-700 dark:text-red-300">
          That change did not save. Try again.
        </p>
      ) : null}
    </div>
  );
}

/** "Add to library" (as Want to play) plus a menu to add with another status straight away. */
function AddWithStatus({ onAdd }: { onAdd: (status: LibraryStatus) => void }) {
  const selectId = useId();
  return (
    <>
      <button type="button" onClick={() => onAdd("WANT")} className={libraryButtonClass}>
        Add to library
      </button>
      <label htmlFor={selectId} className="sr-only">
        Add with status
      </label>
      <select id={selectId} value="" onChange={(e) => e.target.value && onAdd(e.target.value as LibraryStatus)} className={selectClass}>
        <option value="">…or add as</option>
        {LIBRARY_STATUSES.map((s) => (
          <option key={s} value={s}>
            {LIBRARY_STATUS_LABELS[s]}
          </option>
        ))}
      </select>
    </>
  );
}
