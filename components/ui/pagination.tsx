import Link from "next/link";

/** Previous/next links that keep the other query parameters. */
export function Pagination({ page, pageCount, hrefFor }: { page: number; pageCount: number; hrefFor: (page: number) => string }) {
  if (pageCount <= 1) return null;
  const linkClass = "rounded border border-zinc-300 px-3 py-1.5 text-sm hover:bg-zinc-100 dark:border-zinc-700 dark:hover:bg-zinc-800";
  return (
    <nav aria-label="Pagination" className="mt-6 flex items-center justify-center gap-3">
      {page > 1 ? (
        <Link rel="prev" className={linkClass} href={hrefFor(page - 1)}>
          ← Previous
        </Link>
      ) : null}
      <span className="text-sm text-zinc-500">
        Page {page} of {pageCount}
      </span>
      {page < pageCount ? (
        <Link rel="next" className={linkClass} href={hrefFor(page + 1)}>
          Next →
        </Link>
      ) : null}
    </nav>
  );
}
