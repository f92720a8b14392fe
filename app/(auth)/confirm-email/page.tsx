import type { Metadata } from "next";
import Link from "next/link";

import { AuthCard } from "@/components/auth/auth-card";
import { ConfirmEmailForm } from "@/components/auth/confirm-email-form";

// The token is in the URL: keep it out of Referer headers and search engines.
export const metadata: Metadata = { title: "Confirm your new address", robots: { index: false }, referrer: "no-referrer" };

type Props = { searchParams: Promise<{ token?: string | string[] }> };

export default async function ConfirmEmailPage({ searchParams }: Props) {
  const { token } = await searchParams;
  const value = Array.isArray(token) ? token[0] : token;
  return (
    <AuthCard title="Confirm your new address">
      {value ? (
        <ConfirmEmailForm token={value} />
      ) : (
        <p role="alert">
          This link is incomplete.{" "}
          <Link href="/account" className="underline">
            Start again
          </Link>
          .
        </p>
      )}
    </AuthCard>
  );
}
