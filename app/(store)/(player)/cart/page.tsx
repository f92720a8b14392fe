import type { Metadata } from "next";

import { CartView } from "@/components/store/cart-view";
import { CheckoutCanceledNotice } from "@/components/store/checkout-canceled-notice";

export const metadata: Metadata = { title: "Your cart", robots: { index: false } };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

// The cart is one visitor's and read in the browser (CartView); the page itself holds nothing private.
export default async function CartPage({ searchParams }: Props) {
  const { checkout, order } = await searchParams;
  const canceledOrder = checkout === "canceled" && typeof order === "string" && /^[a-z0-9]{1,40}$/.test(order) ? order : null;
  return (
    <div className="mx-auto max-w-3xl">
      <h1 className="mb-4 text-2xl font-bold tracking-tight">Your cart</h1>
      {canceledOrder ? (
        <div className="mb-4">
          <CheckoutCanceledNotice orderId={canceledOrder} />
        </div>
      ) : null}
      <CartView />
    </div>
  );
}
