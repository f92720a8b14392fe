import { OrdersView } from "@/components/admin/orders/orders-view";
import { PageHeader } from "@/components/admin/page-header";
import { requireAdminPage } from "@/lib/auth/require-admin-page";

export const metadata = { title: "Orders" };

export default async function OrdersPage() {
  await requireAdminPage("/admin/orders");
  return (
    <>
      <PageHeader title="Orders" description="Find an order by buyer, id, status or day; refund lines and resend receipts from its page." />
      <OrdersView />
    </>
  );
}
