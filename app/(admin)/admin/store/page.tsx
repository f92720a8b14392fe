import { PageHeader } from "@/components/admin/page-header";
import { CsvImportPanel } from "@/components/admin/store/csv-import-panel";
import { ListingsPanel } from "@/components/admin/store/listings-panel";
import { SaleForm } from "@/components/admin/store/sale-form";
import { SalesList } from "@/components/admin/store/sales-list";
import { requireAdminPage } from "@/lib/auth/require-admin-page";

export const metadata = { title: "Store" };

export default async function StorePage() {
  await requireAdminPage("/admin/store");
  return (
    <>
      <PageHeader
        title="Store"
        description="Sales with Steam's guard-rails, base prices per currency, and bulk price files. Every change is audit-logged."
      />
      <div className="space-y-6">
        <SaleForm />
        <SalesList />
        <ListingsPanel />
        <CsvImportPanel />
      </div>
    </>
  );
}
