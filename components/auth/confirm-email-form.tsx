"use client";

import Link from "next/link";
import { useState } from "react";

import { useAccountAction } from "@/components/account/use-account-action";
import { errorBoxClass, primaryButtonClass } from "@/components/ui/form-styles";
import { sendAccountRequest } from "@/lib/query/use-account";

/**
 * Confirms an email change from the link mailed to the new address. A button, not on page load: mail scanners
 * and link previews open links, and must not use the change up.
 */
export function ConfirmEmailForm({ token }: { token: string }) {
  const action = useAccountAction();
  const [email, setEmail] = useState<string | null>(null);

  function confirm() {
    action.run(async () => {
      const res = await sendAccountRequest("/api/users/email-change/confirm", "POST", { token });
      setEmail(((await res.json()) as { email: string }).email);
      return null;
    });
  }

  if (email) {
    return (
      <p role="status">
        Your address is now <strong className="break-all">{email}</strong>.{" "}
        <Link href="/account" className="font-medium underline">
          Back to your account
        </Link>
        .
      </p>
    );
  }
  return (
    <div className="space-y-4">
      {action.error ? (
        <p role="alert" className={errorBoxClass}>
          {action.error}
        </p>
      ) : null}
      <p>Make this address the one your Questlog account uses?</p>
      <button type="button" onClick={confirm} disabled={action.pending} className={primaryButtonClass}>
        {action.pending ? "Confirming…" : "Confirm new address"}
      </button>
    </div>
  );
}
