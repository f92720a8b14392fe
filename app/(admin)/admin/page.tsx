import { PageHeader } from "@/components/admin/page-header";
import { requireAdminPage } from "@/lib/auth/require-admin-page";

export const metadata = { title: "Overview" };

export default async function AdminOverviewPage() {
  await requireAdminPage("/admin");
  return <PageHeader title="Overview" description="Live figures of this instance and the shared queues." />;
}
