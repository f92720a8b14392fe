"use client";

import { useActionState } from "react";

import { errorBoxClass, inputClass, labelClass, secondaryButtonClass } from "@/components/ui/form-styles";
import { emailSignInLinkAction, type AuthActionState } from "@/lib/auth/auth-actions";

import { SIGN_IN_PERMALINK } from "./sign-in-permalink";
import { useFullPageRedirect } from "./use-full-page-redirect";

const INITIAL: AuthActionState = { error: null, redirectTo: null };

/** "Email me a sign-in link" (Auth.js email provider; a new address gets an account). */
export function MagicLinkForm({ callbackUrl }: { callbackUrl: string }) {
  const [state, action, pending] = useActionState(emailSignInLinkAction, INITIAL, SIGN_IN_PERMALINK);
  useFullPageRedirect(state);
  const busy = pending || state.redirectTo !== null;
  return (
    <form action={action} className="space-y-3" aria-label="Sign in with an emailed link">
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      {state.error ? (
        <p role="alert" className={errorBoxClass}>
          {state.error}
        </p>
      ) : null}
      <div>
        <label htmlFor="magic-email" className={labelClass}>
          Email
        </label>
        <input id="magic-email" name="email" type="email" autoComplete="email" required className={inputClass} />
      </div>
      <button type="submit" disabled={busy} className={secondaryButtonClass}>
        {busy ? "Sending…" : "Email me a sign-in link"}
      </button>
    </form>
  );
}
