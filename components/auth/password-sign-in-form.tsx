"use client";

import { useActionState } from "react";

import { errorBoxClass, inputClass, labelClass, primaryButtonClass } from "@/components/ui/form-styles";
import { signInWithPasswordAction, type AuthActionState } from "@/lib/auth/auth-actions";

import { SIGN_IN_PERMALINK } from "./sign-in-permalink";
import { useFullPageRedirect } from "./use-full-page-redirect";

const INITIAL: AuthActionState = { error: null, redirectTo: null };

/** Email + password; `initialError` is one Auth.js put in the URL (?error=…&code=…). */
export function PasswordSignInForm({ callbackUrl, initialError }: { callbackUrl: string; initialError: string | null }) {
  const [state, action, pending] = useActionState(signInWithPasswordAction, INITIAL, SIGN_IN_PERMALINK);
  useFullPageRedirect(state);
  const error = state === INITIAL ? initialError : state.error;
  const busy = pending || state.redirectTo !== null;
  return (
    <form action={action} className="space-y-4" aria-describedby={error ? "signin-error" : undefined}>
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      {error ? (
        <p id="signin-error" role="alert" className={errorBoxClass}>
          {error}
        </p>
      ) : null}
      <div>
        <label htmlFor="signin-email" className={labelClass}>
          Email
        </label>
        <input
          id="signin-email"
          name="email"
          type="email"
          autoComplete="email"
          required
          defaultValue={state.email}
          className={inputClass}
        />
      </div>
      <div>
        <label htmlFor="signin-password" className={labelClass}>
          Password
        </label>
        <input id="signin-password" name="password" type="password" autoComplete="current-password" required className={inputClass} />
      </div>
      <button type="submit" disabled={busy} className={primaryButtonClass}>
        {busy ? "Signing in…" : "Sign in"}
      </button>
    </form>
  );
}
