import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { z } from "zod";

import { GameGrid } from "@/components/catalog/game-card";
import { Pagination } from "@/components/ui/pagination";
import { listGames } from "@/lib/catalog/list-games";
import { getPlatformBySlug, listPlatformYears } from "@/lib/catalog/list-platforms";
import { formatCount } from "@/lib/utils";

const PAGE_SIZE = 48;
const searchSchema = z.object({
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
  sort: z.enum(["popularity", "release_date", "name"]).catch("popularity"),
  year: z.coerce.number().int().min(1950).max(2100).optional().catch(undefined),
});

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const platform = getPlatformBySlug((await params).slug);
  if (!platform) return { title: "Platform not found" };
  return {
    title: `${platform.name} games`,
    description: `${formatCount(platform.game_count)} ${platform.name} games: releases, publishers and regions.`,
    alternates: { canonical: `/platforms/${platform.slug}` },
  };
}

export default async function PlatformPage({ params, searchParams }: Props) {
  const platform = getPlatformBySlug((await params).slug);
  if (!platform) notFound();
  const { page, sort, year } = searchSchema.parse(await searchParams);
  const { games, total } = listGames({ platformId: platform.id, year, sort, limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE });
  const years = listPlatformYears(platform.id);
  const hrefFor = (p: number) =>
    `/platforms/${platform.slug}?${new URLSearchParams({ sort, page: String(p), ...(year ? { year: String(year) } : {}) })}`;
  return (
    <div>
      <h1 className="text-2xl font-bold">{platform.name}</h1>
      <p className="text-sm text-zinc-500">
        {formatCount(total)} games{year ? ` released in ${year}` : ""}
      </p>
      <form className="my-4 flex flex-wrap items-end gap-3 text-sm" action={`/platforms/${platform.slug}`}>
        <label className="flex flex-col gap-1">
          Sort
          <select
            name="sort"
            defaultValue={sort}
            className="rounded border border-zinc-300 bg-white px-2 py-1.5 dark:border-zinc-700 dark:bg-zinc-900"
          >
            <option value="popularity">Popularity</option>
            <option value="release_date">Release date</option>
            <option value="name">Name</option>
          </select>
        </label>
        <label className="flex flex-col gap-1">
          Year
          <select
            name="year"
            defaultValue={year ?? ""}
            className="rounded border border-zinc-300 bg-white px-2 py-1.5 dark:border-zinc-700 dark:bg-zinc-900"
          >
            <option value="">Any year</option>
            {years.map((y) => (
              <option key={y.year} value={y.year}>
                {y.year} ({y.count})
              </option>
            ))}
          </select>
        </label>
        <button className="rounded bg-brand-600 px-3 py-1.5 font-medium text-white hover:bg-brand-700">Apply</button>
      </form>
      {games.length > 0 ? <GameGrid games={games} /> : <p className="py-10 text-center text-zinc-500">No games match these filters.</p>}
      <Pagination page={page} pageCount={Math.ceil(total / PAGE_SIZE)} hrefFor={hrefFor} />
    </div>
  );
}
