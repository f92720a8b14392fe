"use client";

import { adminButtonClass } from "@/components/admin/admin-button";
import { Panel } from "@/components/admin/panel";
import type { AdminGameDetail } from "@/lib/admin/catalog/admin-catalog-schemas";
import { useRevalidateAdminGame } from "@/lib/query/use-admin-catalog";

/** The game's public page: prerendered or not, and regenerated on demand. */
export function PagePanel({ game }: { game: AdminGameDetail }) {
  const revalidate = useRevalidateAdminGame(game.id);
  const prerendered =
    game.prerendered === null
      ? "unknown (no build manifest)"
      : game.prerendered
        ? "yes, at build time"
        : "no (rendered on first request, then cached)";
  return (
    <Panel title="Page">
      <p className="mb-3 text-sm text-zinc-600 dark:text-zinc-400">Prerendered: {prerendered}</p>
      <button type="button" className={adminButtonClass()} disabled={revalidate.isPending} onClick={() => revalidate.mutate()}>
        {revalidate.isPending ? "Revalidating…" : "Revalidate page"}
      </button>
      <p role="status" className="mt-2 text-sm text-emerald-700 dark:text-emerald-300">
        {revalidate.data ? `Revalidated ${revalidate.data.revalidated}: the next request renders it afresh.` : ""}
      </p>
      {revalidate.error ? (
        <p role="alert" className="mt-1 text-sm text-red-700 dark:text-red-300">
          {revalidate.error.message}
        </p>
      ) : null}
    </Panel>
  );
}
