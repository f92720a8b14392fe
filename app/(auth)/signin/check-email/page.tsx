import type { Metadata } from "next";
import Link from "next/link";

import { AuthCard } from "@/components/auth/auth-card";

export const metadata: Metadata = { title: "Check your email", robots: { index: false } };

/** Auth.js's verifyRequest page: the sign-in link is on its way. */
export default function CheckEmailPage() {
  return (
    <AuthCard title="Check your email">
      <p role="status">We sent you a sign-in link. Open it on this device to sign in; it works once, for 24 hours.</p>
      <p className="text-sm text-zinc-600 dark:text-zinc-400">
        Nothing arrived? Look in your spam folder, or{" "}
        <Link href="/signin" className="underline">
          ask for another link
        </Link>
        .
      </p>
    </AuthCard>
  );
}
