"use client";

import Link from "next/link";

import { adminButtonClass } from "@/components/admin/admin-button";
import { PageHeader } from "@/components/admin/page-header";
import type { AdminGameDetail } from "@/lib/admin/catalog/admin-catalog-schemas";
import { useAdminGame } from "@/lib/query/use-admin-catalog";

import { DisplayFieldsForm } from "./display-fields-form";
import { GameBadges } from "./game-badges";
import { PagePanel } from "./page-panel";
import { RefreshPanel } from "./refresh-panel";
import { VisibilityPanel } from "./visibility-panel";

/** /admin/catalog/{id}: every admin action on one game. */
export function GameEditor({ initial }: { initial: AdminGameDetail }) {
  const { data } = useAdminGame(initial.id);
  const game = data ?? initial;
  return (
    <>
      <div className="mb-2 text-sm">
        <Link href="/admin/catalog" className="text-brand-600 hover:underline dark:text-brand-100">
          ← Catalog
        </Link>
      </div>
      <PageHeader
        title={game.display.name}
        description={
          <>
            IGDB id {game.id} · {game.public_path}
            {game.display.name !== game.igdb.name ? <> · IGDB calls it “{game.igdb.name}”</> : null}
          </>
        }
        actions={
          <Link href={game.public_path} className={adminButtonClass()}>
            View public page
          </Link>
        }
      />
      <GameBadges flags={game} className="mb-4" />
      <div className="grid grid-cols-1 gap-4 xl:grid-cols-[minmax(0,1fr)_22rem]">
        {/* Keyed by the IGDB row's version: after a refresh rewrote it, the form starts again from what is stored. */}
        <DisplayFieldsForm key={game.updated_at} game={game} />
        <div className="space-y-4">
          <VisibilityPanel game={game} />
          <RefreshPanel game={game} />
          <PagePanel game={game} />
        </div>
      </div>
    </>
  );
}
