"use client";

import { useState, type FormEvent } from "react";

import { useAccountAction } from "@/components/account/use-account-action";
import { errorBoxClass, inputClass, labelClass, primaryButtonClass } from "@/components/ui/form-styles";
import { sendAccountRequest } from "@/lib/query/use-account";

/** Asks for a password-reset link (POST /api/users/password-reset); the answer is the same whether the address has an account. */
export function ForgotPasswordForm() {
  const action = useAccountAction();
  const [sent, setSent] = useState(false);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const email = String(new FormData(event.currentTarget).get("email") ?? "").trim();
    action.run(async () => {
      await sendAccountRequest("/api/users/password-reset", "POST", { email });
      setSent(true);
      return null;
    });
  }

  if (sent) {
    return <p role="status">If that address has an account, we sent it a link to choose a new password. It works once, within an hour.</p>;
  }
  return (
    <form onSubmit={onSubmit} className="space-y-4">
      {action.error ? (
        <p role="alert" className={errorBoxClass}>
          {action.error}
        </p>
      ) : null}
      <div>
        <label htmlFor="forgot-email" className={labelClass}>
          Email
        </label>
        <input id="forgot-email" name="email" type="email" autoComplete="email" required className={inputClass} />
      </div>
      <button type="submit" disabled={action.pending} className={primaryButtonClass}>
        {action.pending ? "Sending…" : "Email me a reset link"}
      </button>
    </form>
  );
}
