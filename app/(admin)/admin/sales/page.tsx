import { PageHeader } from "@/components/admin/page-header";
import { SalesView } from "@/components/admin/sales/sales-view";
import { requireAdminPage } from "@/lib/auth/require-admin-page";

export const metadata = { title: "Sales" };

export default async function SalesPage() {
  await requireAdminPage("/admin/sales");
  return (
    <>
      <PageHeader
        title="Sales"
        description="Revenue and units by day, game and currency, refunds, checkout conversion and sale uplift, from the sales rollups."
      />
      <SalesView />
    </>
  );
}
