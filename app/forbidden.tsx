import Link from "next/link";

export const metadata = { title: "Not allowed" };

/** Rendered with a 403 by forbidden(): signed in, but without the role this page needs. */
export default function Forbidden() {
  return (
    <div role="alert" className="py-16 text-center">
      <p className="text-sm font-semibold text-brand-600">403</p>
      <h1 className="mt-1 text-2xl font-bold">This page is for admins</h1>
      <p className="mt-2 text-zinc-600 dark:text-zinc-400">Your account does not have the admin role. An admin can grant it from Users.</p>
      <Link href="/" className="mt-6 inline-block rounded bg-brand-600 px-4 py-2 text-sm font-medium text-white hover:bg-brand-700">
        Back to the catalog
      </Link>
    </div>
  );
}
