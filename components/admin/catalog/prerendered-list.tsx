"use client";

import Link from "next/link";

import { EmptyState, Panel } from "@/components/admin/panel";
import { Skeleton } from "@/components/ui/skeleton";
import { usePrerenderedGames } from "@/lib/query/use-admin-catalog";

/** The game pages the last `next build` prerendered (STATIC_GAME_PAGES of the most popular), from its manifest. */
export function PrerenderedList() {
  const { data, error, isPending } = usePrerenderedGames();
  if (error)
    return (
      <p role="alert" className="text-sm text-red-700 dark:text-red-300">
        Could not read the prerendered pages: {error.message}
      </p>
    );
  if (isPending) return <Skeleton className="h-40 w-full" />;
  if (!data.available) return <EmptyState>Prerendered pages are {data.reason ?? "unknown"} (development server or tests).</EmptyState>;
  return (
    <Panel
      title={`${data.count.toLocaleString("en")} prerendered game pages`}
      actions={data.builtAt ? <span className="text-xs text-zinc-500">built {new Date(data.builtAt).toLocaleString()}</span> : null}
    >
      {data.games.length === 0 ? (
        <EmptyState>The build prerendered no game pages.</EmptyState>
      ) : (
        <ul aria-label="Prerendered pages" className="grid gap-x-4 gap-y-1 text-sm sm:grid-cols-2">
          {data.games.map((game) => (
            <li key={game.slug} className="flex min-w-0 items-baseline gap-2">
              {game.id !== null ? (
                <Link href={`/admin/catalog/${game.id}`} className="truncate text-brand-600 hover:underline dark:text-brand-100">
                  {game.name}
                </Link>
              ) : (
                <span className="truncate text-zinc-500">(no longer in the catalog)</span>
              )}
              <span className="shrink-0 truncate text-xs text-zinc-500">/games/{game.slug}</span>
            </li>
          ))}
        </ul>
      )}
    </Panel>
  );
}
