import type { Metadata } from "next";
import { redirect } from "next/navigation";

import { AccountSettings } from "@/components/account/account-settings";
import { getViewer } from "@/lib/auth/get-viewer";

export const metadata: Metadata = { title: "Account settings", robots: { index: false } };

/** The signed-in player's account settings: password, email, sessions, data export, deletion. */
export default async function AccountPage() {
  // The session read as every API request reads it (session version included); a stale cookie goes to sign-in.
  if (!(await getViewer())) redirect("/signin?callbackUrl=%2Faccount");
  return (
    <div className="mx-auto w-full max-w-2xl">
      <h1 className="mb-6 text-2xl font-bold tracking-tight">Account settings</h1>
      <AccountSettings />
    </div>
  );
}
