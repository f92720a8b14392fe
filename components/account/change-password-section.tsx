"use client";

import type { FormEvent } from "react";

import { inputClass, labelClass, primaryButtonClass } from "@/components/ui/form-styles";
import { sendAccountRequest } from "@/lib/query/use-account";

import { SettingsSection } from "./settings-section";
import { useAccountAction } from "./use-account-action";

/**
 * Change the password (the current one required; this device stays signed in, every other one is signed out).
 * An account without a password gets an emailed link to set one instead, which proves the mailbox.
 */
export function ChangePasswordSection({ email, hasPassword }: { email: string; hasPassword: boolean }) {
  const action = useAccountAction();

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    action.run(async () => {
      if (!hasPassword) {
        await sendAccountRequest("/api/users/password-reset", "POST", { email });
        return `We emailed ${email} a link to set your password. It works once, within an hour.`;
      }
      await sendAccountRequest("/api/users/me/password", "POST", {
        currentPassword: form.get("currentPassword"),
        newPassword: form.get("newPassword"),
      });
      formElement.reset();
      return "Password changed. You are still signed in here and signed out everywhere else.";
    });
  }

  return (
    <SettingsSection
      id="password"
      title="Password"
      description={
        hasPassword
          ? "Changing it signs you out on every other device."
          : "You sign in by emailed link or with a provider. You can add a password too."
      }
      error={action.error}
      success={action.success}
    >
      <form onSubmit={onSubmit} className="space-y-4">
        {hasPassword ? (
          <>
            <div>
              <label htmlFor="current-password" className={labelClass}>
                Current password
              </label>
              <input
                id="current-password"
                name="currentPassword"
                type="password"
                autoComplete="current-password"
                required
                className={inputClass}
              />
            </div>
            <div>
              <label htmlFor="new-password" className={labelClass}>
                New password
              </label>
              <input
                id="new-password"
                name="newPassword"
                type="password"
                autoComplete="new-password"
                required
                minLength={10}
                aria-describedby="new-password-hint"
                className={inputClass}
              />
              <p id="new-password-hint" className="mt-1 text-xs text-zinc-500">
                At least 10 characters; a passphrase works well.
              </p>
            </div>
          </>
        ) : null}
        <button type="submit" disabled={action.pending} className={`${primaryButtonClass} sm:w-auto`}>
          {action.pending ? "Working…" : hasPassword ? "Change password" : "Email me a link to set a password"}
        </button>
      </form>
    </SettingsSection>
  );
}
