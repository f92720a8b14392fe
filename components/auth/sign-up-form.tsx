"use client";

import { useState, useTransition, type FormEvent } from "react";

import { errorBoxClass, inputClass, labelClass, primaryButtonClass } from "@/components/ui/form-styles";
import { signInWithPasswordAction } from "@/lib/auth/auth-actions";

type ApiError = { error?: { code?: string; message?: string; details?: { problems?: Array<{ message: string }> } } };

// What POST /api/users refused, in words for the form: each weak-password reason on its own line.
function describeSignUpError(status: number, body: ApiError): string[] {
  const code = body.error?.code;
  if (code === "weak_password") return body.error?.details?.problems?.map((p) => p.message) ?? ["Choose a stronger password."];
  if (code === "rate_limited") return ["Too many sign-ups from here. Try again in a few minutes."];
  if (status === 400) return [body.error?.message ?? "Check the email and password."];
  return ["Something went wrong. Try again."];
}

/**
 * Creates the account (POST /api/users), then signs in with the same password and opens the library. The API
 * answers a new address and one with an account alike (202, its owner is mailed instead); when signing in then
 * fails, the address had an account, and the form says to check the mail, as the API's answer does.
 */
export function SignUpForm({ callbackUrl }: { callbackUrl: string }) {
  const [errors, setErrors] = useState<string[]>([]);
  const [checkEmail, setCheckEmail] = useState(false);
  const [pending, startTransition] = useTransition();

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const name = String(form.get("name") ?? "").trim();
    const payload = { email: String(form.get("email") ?? ""), password: String(form.get("password") ?? ""), ...(name ? { name } : {}) };
    startTransition(async () => {
      setErrors([]);
      try {
        const res = await fetch("/api/users", {
          method: "POST",
          headers: { "Content-Type": "application/json" },
          body: JSON.stringify(payload),
        });
        if (res.status !== 202) {
          setErrors(describeSignUpError(res.status, (await res.json().catch(() => ({}))) as ApiError));
          return;
        }
        form.set("callbackUrl", callbackUrl);
        const result = await signInWithPasswordAction({ error: null, redirectTo: null }, form);
        if (result.redirectTo) window.location.assign(result.redirectTo);
        else setCheckEmail(true);
      } catch {
        setErrors(["Could not reach the server. Check your connection and try again."]);
      }
    });
  }

  if (checkEmail) {
    return (
      <div role="status" className="space-y-2">
        <p className="font-medium">Check your email.</p>
        <p className="text-sm text-zinc-600 dark:text-zinc-400">
          We sent a message to the address you entered. If it already has an account, the message says how to sign in or choose a new
          password.
        </p>
      </div>
    );
  }

  return (
    <form onSubmit={onSubmit} className="space-y-4" noValidate={false}>
      {errors.length > 0 ? (
        <div id="signup-errors" role="alert" className={errorBoxClass}>
          <ul className="list-inside list-disc space-y-1">
            {errors.map((e) => (
              <li key={e}>{e}</li>
            ))}
          </ul>
        </div>
      ) : null}
      <div>
        <label htmlFor="signup-name" className={labelClass}>
          Name <span className="font-normal text-zinc-500">(optional)</span>
        </label>
        <input id="signup-name" name="name" autoComplete="name" maxLength={100} className={inputClass} />
      </div>
      <div>
        <label htmlFor="signup-email" className={labelClass}>
          Email
        </label>
        <input id="signup-email" name="email" type="email" autoComplete="email" required className={inputClass} />
      </div>
      <div>
        <label htmlFor="signup-password" className={labelClass}>
          Password
        </label>
        <input
          id="signup-password"
          name="password"
          type="password"
          autoComplete="new-password"
          required
          aria-describedby={errors.length > 0 ? "signup-password-hint signup-errors" : "signup-password-hint"}
          className={inputClass}
        />
        <p id="signup-password-hint" className="mt-1 text-xs text-zinc-500">
          At least 10 characters; a passphrase works well.
        </p>
      </div>
      <button type="submit" disabled={pending} className={primaryButtonClass}>
        {pending ? "Creating account…" : "Create account"}
      </button>
    </form>
  );
}
