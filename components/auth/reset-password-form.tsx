"use client";

import Link from "next/link";
import { useState, type FormEvent } from "react";

import { useAccountAction } from "@/components/account/use-account-action";
import { errorBoxClass, inputClass, labelClass, primaryButtonClass } from "@/components/ui/form-styles";
import { sendAccountRequest } from "@/lib/query/use-account";

/** Chooses a new password from an emailed reset link's token (POST /api/users/password-reset/confirm). */
export function ResetPasswordForm({ token }: { token: string }) {
  const action = useAccountAction();
  const [done, setDone] = useState(false);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const password = new FormData(event.currentTarget).get("password");
    action.run(async () => {
      await sendAccountRequest("/api/users/password-reset/confirm", "POST", { token, password });
      setDone(true);
      return null;
    });
  }

  if (done) {
    return (
      <p role="status">
        Your password is changed, and you are signed out everywhere.{" "}
        <Link href="/signin" className="font-medium underline">
          Sign in
        </Link>{" "}
        with the new one.
      </p>
    );
  }
  return (
    <form onSubmit={onSubmit} className="space-y-4">
      {action.error ? (
        <p role="alert" className={errorBoxClass}>
          {action.error}
        </p>
      ) : null}
      <div>
        <label htmlFor="reset-password" className={labelClass}>
          New password
        </label>
        <input
          id="reset-password"
          name="password"
          type="password"
          autoComplete="new-password"
          required
          minLength={10}
          aria-describedby="reset-password-hint"
          className={inputClass}
        />
        <p id="reset-password-hint" className="mt-1 text-xs text-zinc-500">
          At least 10 characters; a passphrase works well.
        </p>
      </div>
      <button type="submit" disabled={action.pending} className={primaryButtonClass}>
        {action.pending ? "Saving…" : "Set new password"}
      </button>
    </form>
  );
}
