import Link from "next/link";
import { notFound } from "next/navigation";

import { OrderDetailView } from "@/components/admin/orders/order-detail-view";
import { PageHeader } from "@/components/admin/page-header";
import { getAdminOrder } from "@/lib/admin/orders/get-admin-order";
import { adminOrderIdSchema } from "@/lib/admin/orders/schemas";
import { requireAdminPage } from "@/lib/auth/require-admin-page";

export const metadata = { title: "Order" };

export default async function AdminOrderPage({ params }: { params: Promise<{ id: string }> }) {
  const raw = (await params).id;
  await requireAdminPage(`/admin/orders/${encodeURIComponent(raw)}`);
  const parsed = adminOrderIdSchema.safeParse(raw);
  const order = parsed.success ? await getAdminOrder(parsed.data) : null;
  if (!order) notFound();
  return (
    <>
      <PageHeader
        title="Order"
        description={
          <Link href="/admin/orders" className="hover:underline">
            ← All orders
          </Link>
        }
      />
      {/* The server's read seeds the console's query, so the page shows at once and stays live after a refund. */}
      <OrderDetailView initial={order} />
    </>
  );
}
