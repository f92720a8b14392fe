import { z } from "zod";

import { PageHeader } from "@/components/admin/page-header";
import { SearchAnalyticsView } from "@/components/admin/search/search-analytics-view";
import { requireAdminPage } from "@/lib/auth/require-admin-page";

export const metadata = { title: "Search analytics" };

// A malformed link (?hours=abc) falls back to the last 24 hours rather than failing the page.
const searchParamsSchema = z.object({ hours: z.coerce.number().int().min(1).max(720).catch(24) });

export default async function SearchAnalyticsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  await requireAdminPage("/admin/search");
  const { hours } = searchParamsSchema.parse(await searchParams);
  return (
    <>
      <PageHeader
        title="Search analytics"
        description="What players search for, what they do not find, and how fast each source answers."
      />
      <SearchAnalyticsView initialHours={hours} />
    </>
  );
}
