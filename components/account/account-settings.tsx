"use client";

import Link from "next/link";

import { secondaryButtonClass } from "@/components/ui/form-styles";
import { Skeleton } from "@/components/ui/skeleton";
import { useAccount } from "@/lib/query/use-account";

import { ChangeEmailSection } from "./change-email-section";
import { ChangePasswordSection } from "./change-password-section";
import { DeleteAccountSection } from "./delete-account-section";
import { ExportSection } from "./export-section";
import { SessionsSection } from "./sessions-section";

const PROVIDER_NAMES: Record<string, string> = { github: "GitHub", twitch: "Twitch" };

/** The account settings page's body: the account, then one card per control (loading and error states included). */
export function AccountSettings() {
  const { data: account, isPending, isError, refetch } = useAccount();

  if (isPending) {
    return (
      <div role="status" aria-label="Loading your account" className="space-y-4">
        {[0, 1, 2].map((i) => (
          <Skeleton key={i} className="h-40 w-full" />
        ))}
      </div>
    );
  }
  if (isError) {
    return (
      <div
        role="alert"
        className="space-y-3 rounded-lg border border-red-300 bg-red-50 p-4 text-sm text-red-900 dark:border-red-800 dark:bg-red-950 dark:text-red-100"
      >
        <p>Your account could not be loaded.</p>
        <button type="button" onClick={() => void refetch()} className={`${secondaryButtonClass} sm:w-auto`}>
          Try again
        </button>
      </div>
    );
  }
  if (!account) {
    return (
      <p role="status">
        Your session has ended.{" "}
        <Link href="/signin?callbackUrl=%2Faccount" className="font-medium underline">
          Sign in again
        </Link>
        .
      </p>
    );
  }

  const methods = [account.hasPassword ? "password" : null, "emailed link", ...account.providers.map((p) => PROVIDER_NAMES[p] ?? p)].filter(
    Boolean,
  );
  return (
    <div className="space-y-6">
      <dl className="grid grid-cols-1 gap-x-6 gap-y-2 rounded-lg border border-zinc-200 bg-white p-4 text-sm shadow-sm sm:grid-cols-[auto_1fr] sm:p-6 dark:border-zinc-800 dark:bg-zinc-900">
        <dt className="font-medium">Email</dt>
        <dd className="break-all">
          {account.email} <span className="text-zinc-500">({account.emailVerified ? "confirmed" : "not confirmed yet"})</span>
        </dd>
        <dt className="font-medium">Sign-in methods</dt>
        <dd>{methods.join(", ")}</dd>
        <dt className="font-medium">Member since</dt>
        <dd>{new Date(account.createdAt).toLocaleDateString()}</dd>
      </dl>
      <ChangePasswordSection email={account.email} hasPassword={account.hasPassword} />
      <ChangeEmailSection email={account.email} hasPassword={account.hasPassword} />
      <SessionsSection />
      <ExportSection />
      <DeleteAccountSection hasPassword={account.hasPassword} recentSignIn={account.recentSignIn} />
    </div>
  );
}
