"use client";

import { useState } from "react";

import { secondaryButtonClass } from "@/components/ui/form-styles";
import { sendAccountRequest } from "@/lib/query/use-account";

import { SettingsSection } from "./settings-section";
import { useAccountAction } from "./use-account-action";

/** "Sign out everywhere": every session ends, this one too; asks once more before doing it. */
export function SessionsSection() {
  const action = useAccountAction();
  const [confirming, setConfirming] = useState(false);

  function signOutEverywhere() {
    action.run(async () => {
      await sendAccountRequest("/api/users/me/sign-out-everywhere", "POST");
      // eslint-disable-next-line @next/next/no-location-assign-relative-destination -- a full load drops every cache filled as this user
      window.location.assign("/signin?callbackUrl=%2Faccount");
      return "Signed out everywhere.";
    });
  }

  return (
    <SettingsSection
      id="sessions"
      title="Sign out everywhere"
      description="Ends every session on every device and browser, this one included. Use it if you signed in somewhere you no longer trust."
      error={action.error}
      success={action.success}
    >
      {confirming ? (
        <div className="flex flex-col gap-2 sm:flex-row">
          <button type="button" onClick={signOutEverywhere} disabled={action.pending} className={`${secondaryButtonClass} sm:w-auto`}>
            {action.pending ? "Signing out…" : "Yes, sign out everywhere"}
          </button>
          <button type="button" onClick={() => setConfirming(false)} className={`${secondaryButtonClass} sm:w-auto`}>
            Cancel
          </button>
        </div>
      ) : (
        <button type="button" onClick={() => setConfirming(true)} className={`${secondaryButtonClass} sm:w-auto`}>
          Sign out everywhere
        </button>
      )}
    </SettingsSection>
  );
}
