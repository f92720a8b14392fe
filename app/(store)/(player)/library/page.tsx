import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";

import { LibraryEntryRow } from "@/components/library/library-entry-row";
import { LibraryFilters } from "@/components/library/library-filters";
import { auth } from "@/lib/auth/auth";
import { listLibraryQuerySchema } from "@/lib/library/library-schemas";
import { listLibrary } from "@/lib/library/list-library";

export const metadata: Metadata = { title: "Your library", robots: { index: false } };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function LibraryPage({ searchParams }: Props) {
  const session = await auth();
  if (!session?.user?.id) redirect("/signin?callbackUrl=%2Flibrary");
  const raw = await searchParams;
  // A malformed filter in the URL shows the whole library rather than an error page.
  const parsed = listLibraryQuerySchema.safeParse({
    status: typeof raw.status === "string" && raw.status ? raw.status : undefined,
    platform: typeof raw.platform === "string" && raw.platform ? raw.platform : undefined,
  });
  const filters = parsed.success ? parsed.data : {};
  const filtered = filters.status || filters.platform;
  const [everything, shown] = await Promise.all([
    listLibrary(session.user.id, {}),
    filtered ? listLibrary(session.user.id, filters) : null,
  ]);
  const list = shown ?? everything;
  const platforms = [...new Set(everything.entries.map((e) => e.platform).filter((p): p is string => p !== null))].sort();

  return (
    <div>
      <h1 className="mb-4 text-2xl font-bold tracking-tight">Your library</h1>
      {everything.total === 0 ? (
        <div className="rounded-lg border border-dashed border-zinc-300 p-8 text-center dark:border-zinc-700">
          <p className="font-medium">Your library is empty.</p>
          <p className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">
            Find a game with the search above or{" "}
            <Link href="/" className="underline">
              browse popular games
            </Link>
            , then choose “Add to library”.
          </p>
        </div>
      ) : (
        <>
          <LibraryFilters counts={everything.counts} filters={filters} platforms={platforms} />
          {list.entries.length === 0 ? (
            <p className="mt-6 text-sm text-zinc-600 dark:text-zinc-400">No games match these filters.</p>
          ) : (
            <ul className="mt-4 divide-y divide-zinc-200 dark:divide-zinc-800" aria-label="Library entries">
              {list.entries.map((entry) => (
                <LibraryEntryRow key={entry.id} entry={entry} />
              ))}
            </ul>
          )}
        </>
      )}
    </div>
  );
}
