"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

/** The header's "Sign in", with the way back to this page (not from the sign-in pages themselves). */
export function SignInLink() {
  const pathname = usePathname();
  const callback = pathname && pathname !== "/signin" && pathname !== "/signup" ? `?callbackUrl=${encodeURIComponent(pathname)}` : "";
  return (
    // In the header of every page: not worth a prefetch on each of them.
    <Link href={`/signin${callback}`} prefetch={false} className="text-sm font-medium hover:underline">
      Sign in
    </Link>
  );
}
