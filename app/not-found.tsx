import Link from "next/link";

export default function NotFound() {
  return (
    <div className="py-16 text-center">
      <p className="text-sm font-semibold text-brand-600 dark:text-brand-300">404</p>
      <h1 className="mt-2 text-2xl font-bold">We couldn’t find that page</h1>
      <p className="mt-2 text-zinc-600 dark:text-zinc-400">The game or platform may have moved. Try the search box above.</p>
      <Link href="/" className="mt-6 inline-block rounded bg-brand-600 px-4 py-2 text-sm font-medium text-white hover:bg-brand-700">
        Back to the home page
      </Link>
    </div>
  );
}
