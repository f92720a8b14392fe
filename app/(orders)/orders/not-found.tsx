import Link from "next/link";

/** An order that does not exist, or is not this player's (the two look the same on purpose). */
export default function OrderNotFound() {
  return (
    <div className="py-16 text-center">
      <p className="text-sm font-semibold text-brand-600">404</p>
      <h1 className="mt-2 text-2xl font-bold">We couldn’t find that order</h1>
      <p className="mt-2 text-zinc-600 dark:text-zinc-400">It may belong to another account. Your own orders are all listed on one page.</p>
      <Link href="/orders" className="mt-6 inline-block rounded bg-brand-600 px-4 py-2 text-sm font-medium text-white hover:bg-brand-700">
        Your orders
      </Link>
    </div>
  );
}
