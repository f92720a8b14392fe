import Link from "next/link";

import { EmptyState } from "@/components/admin/panel";

/** A missing or malformed order id: a 404 inside the console, with the way back. */
export default function AdminOrderNotFound() {
  return (
    <>
      <h1 className="mb-6 text-2xl font-bold tracking-tight">No such order</h1>
      <EmptyState>
        No order has this id.{" "}
        <Link href="/admin/orders" className="underline">
          Search the orders
        </Link>
      </EmptyState>
    </>
  );
}
