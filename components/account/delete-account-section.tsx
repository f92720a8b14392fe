"use client";

import type { FormEvent } from "react";

import { inputClass, labelClass } from "@/components/ui/form-styles";
import { sendAccountRequest } from "@/lib/query/use-account";

import { SettingsSection } from "./settings-section";
import { useAccountAction } from "./use-account-action";

const dangerButtonClass =
  "inline-flex w-full items-center justify-center rounded-md bg-red-600 px-4 py-2 text-sm font-semibold text-white hover:bg-red-700 disabled:cursor-wait disabled:opacity-70 sm:w-auto";

/** Delete the account for good: the password (or a recent sign-in) and a checked box first. */
export function DeleteAccountSection({ hasPassword, recentSignIn }: { hasPassword: boolean; recentSignIn: boolean }) {
  const action = useAccountAction();

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    action.run(async () => {
      await sendAccountRequest("/api/users/me", "DELETE", hasPassword ? { password: form.get("password") } : {});
      // eslint-disable-next-line @next/next/no-location-assign-relative-destination -- a full load drops every cache filled as this user
      window.location.assign("/");
      return "Your account was deleted.";
    });
  }

  return (
    <SettingsSection
      id="delete"
      title="Delete account"
      description="Deletes your account, library and wishlist. This cannot be undone; download your data first if you want to keep it."
      error={action.error}
      success={action.success}
      danger
    >
      <form onSubmit={onSubmit} className="space-y-4">
        {hasPassword ? (
          <div>
            <label htmlFor="delete-password" className={labelClass}>
              Current password
            </label>
            <input id="delete-password" name="password" type="password" autoComplete="current-password" required className={inputClass} />
          </div>
        ) : (
          <p className="text-sm text-zinc-600 dark:text-zinc-400">
            {recentSignIn
              ? "You signed in recently, so no password is needed."
              : "Sign out and in again first (by emailed link or your provider): deleting needs a sign-in within the last 10 minutes."}
          </p>
        )}
        <label className="flex items-start gap-2 text-sm">
          <input type="checkbox" name="confirm" required className="mt-1" />
          <span>I understand that my account, library and wishlist will be deleted for good.</span>
        </label>
        <button type="submit" disabled={action.pending} className={dangerButtonClass}>
          {action.pending ? "Deleting…" : "Delete my account"}
        </button>
      </form>
    </SettingsSection>
  );
}
