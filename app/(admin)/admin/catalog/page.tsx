import { z } from "zod";

import { CatalogBrowser } from "@/components/admin/catalog/catalog-browser";
import { PageHeader } from "@/components/admin/page-header";
import { ADMIN_GAME_FILTERS } from "@/lib/admin/catalog/admin-catalog-schemas";
import { requireAdminPage } from "@/lib/auth/require-admin-page";

export const metadata = { title: "Catalog" };

// A malformed link (?page=abc) falls back to the defaults rather than failing the page.
const searchParamsSchema = z.object({
  q: z.string().max(200).catch(""),
  filter: z.enum(ADMIN_GAME_FILTERS).catch("all"),
  page: z.coerce.number().int().min(1).max(100_000).catch(1),
  tab: z.enum(["games", "prerendered"]).catch("games"),
});

export default async function AdminCatalogPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requireAdminPage("/admin/catalog");
  const initial = searchParamsSchema.parse(await searchParams);
  return (
    <>
      <PageHeader title="Catalog" description="Find a game, edit what the store shows, feature or hide it, refresh it from IGDB." />
      <CatalogBrowser initial={initial} />
    </>
  );
}
