"use client";

// Minimal placeholder until the order pages' branch (store-pages) brings its own, which also cancels the order at
// once; on merge, take that file. Same props and test id.
/** The cart page's notice after "Cancel" on the gateway's payment page (/cart?checkout=canceled&order=…). */
export function CheckoutCanceledNotice({ orderId }: { orderId: string }) {
  return (
    <p
      role="status"
      data-testid="checkout-canceled"
      data-order-id={orderId}
      className="rounded-md bg-zinc-100 px-4 py-3 text-sm dark:bg-zinc-800"
    >
      Checkout canceled: you were not charged, and your games are back in your cart once the payment page expires.
    </p>
  );
}
