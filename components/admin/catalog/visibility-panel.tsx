"use client";

import { useState } from "react";

import { adminButtonClass } from "@/components/admin/admin-button";
import { Panel } from "@/components/admin/panel";
import type { AdminGameDetail } from "@/lib/admin/catalog/admin-catalog-schemas";
import { useUpdateAdminGame } from "@/lib/query/use-admin-catalog";

/** Feature on the home page's shelf; hide from the whole public site (asks first). */
export function VisibilityPanel({ game }: { game: AdminGameDetail }) {
  const update = useUpdateAdminGame(game.id);
  const [confirming, setConfirming] = useState(false);
  return (
    <Panel title="Visibility">
      <p className="mb-3 text-sm text-zinc-600 dark:text-zinc-400">
        {game.hidden
          ? "Hidden: not in search, lists or its page (404)."
          : game.featured
            ? "Featured on the home page."
            : "Listed normally."}
      </p>
      <div className="flex flex-wrap gap-2">
        <button
          type="button"
          className={adminButtonClass(game.featured ? "secondary" : "primary")}
          disabled={update.isPending}
          onClick={() => update.mutate({ featured: !game.featured })}
        >
          {game.featured ? "Unfeature" : "Feature"}
        </button>
        {game.hidden ? (
          <button type="button" className={adminButtonClass()} disabled={update.isPending} onClick={() => update.mutate({ hidden: false })}>
            Unhide
          </button>
        ) : (
          <button
            type="button"
            className={adminButtonClass("danger")}
            disabled={update.isPending || confirming}
            onClick={() => setConfirming(true)}
          >
            Hide
          </button>
        )}
      </div>
      {confirming ? (
        <div
          role="alertdialog"
          aria-labelledby="hide-confirm-text"
          className="mt-3 rounded-md border border-red-300 bg-red-50 p-3 text-sm dark:border-red-800 dark:bg-red-950"
        >
          <p id="hide-confirm-text">
            Hide “{game.display.name}”? Search, the home and platform pages and its page (404) stop showing it, on every instance.
          </p>
          <div className="mt-2 flex gap-2">
            <button
              type="button"
              className={adminButtonClass("danger")}
              onClick={() => update.mutate({ hidden: true }, { onSettled: () => setConfirming(false) })}
              disabled={update.isPending}
            >
              Yes, hide
            </button>
            <button type="button" className={adminButtonClass()} onClick={() => setConfirming(false)}>
              Cancel
            </button>
          </div>
        </div>
      ) : null}
      {update.error ? (
        <p role="alert" className="mt-2 text-sm text-red-700 dark:text-red-300">
          {update.error.message}
        </p>
      ) : null}
    </Panel>
  );
}
