import { PageHeader } from "@/components/admin/page-header";
import { CatalogWritesCard } from "@/components/admin/queues/catalog-writes-card";
import { QueuesOverview } from "@/components/admin/queues/queues-overview";
import { requireAdminPage } from "@/lib/auth/require-admin-page";

export const metadata = { title: "Queues" };

export default async function QueuesPage() {
  await requireAdminPage("/admin/queues");
  return (
    <div className="space-y-6">
      <PageHeader
        title="Queues"
        description="Every job queue with its counts and pause state, refreshed every 2 seconds; and the catalog write queue."
      />
      <QueuesOverview />
      <CatalogWritesCard />
    </div>
  );
}
