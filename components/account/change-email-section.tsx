"use client";

import type { FormEvent } from "react";

import { inputClass, labelClass, primaryButtonClass } from "@/components/ui/form-styles";
import { sendAccountRequest } from "@/lib/query/use-account";

import { SettingsSection } from "./settings-section";
import { useAccountAction } from "./use-account-action";

/** Change the address: a link goes to the new one (nothing changes until it is used), a notice to the current one. */
export function ChangeEmailSection({ email, hasPassword }: { email: string; hasPassword: boolean }) {
  const action = useAccountAction();

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    const newEmail = String(form.get("newEmail") ?? "").trim();
    action.run(async () => {
      await sendAccountRequest("/api/users/me/email", "POST", { newEmail, ...(hasPassword ? { password: form.get("password") } : {}) });
      formElement.reset();
      return `We emailed ${newEmail} a link. Your address changes when you open it (within an hour).`;
    });
  }

  return (
    <SettingsSection
      id="email"
      title="Email address"
      description={
        <>
          You sign in as <strong className="break-all">{email}</strong>.
        </>
      }
      error={action.error}
      success={action.success}
    >
      <form onSubmit={onSubmit} className="space-y-4">
        <div>
          <label htmlFor="new-email" className={labelClass}>
            New email address
          </label>
          <input id="new-email" name="newEmail" type="email" autoComplete="email" required className={inputClass} />
        </div>
        {hasPassword ? (
          <div>
            <label htmlFor="email-password" className={labelClass}>
              Current password
            </label>
            <input id="email-password" name="password" type="password" autoComplete="current-password" required className={inputClass} />
          </div>
        ) : (
          <p className="text-xs text-zinc-500">Without a password, this needs a sign-in within the last 10 minutes.</p>
        )}
        <button type="submit" disabled={action.pending} className={`${primaryButtonClass} sm:w-auto`}>
          {action.pending ? "Sending…" : "Send confirmation link"}
        </button>
      </form>
    </SettingsSection>
  );
}
