"use server";

import { AuthError, CredentialsSignin } from "next-auth";

import { signIn, signOut } from "./auth";
import { safeCallbackUrl } from "./safe-callback-url";
import { setSignedInHint } from "./set-signed-in-hint";
import { signInErrorMessage } from "./sign-in-messages";

export type AuthActionState = {
  error: string | null;
  redirectTo: string | null;
  /** Typed back into the form after a failure: React resets a form once its action has run. */
  email?: string;
};

// The actions answer with where to go rather than redirecting: the client then loads that page in full, so
// everything that cached "signed out" (the header's session query, the library queries) starts afresh.
const failed = (error: string): AuthActionState => ({ error, redirectTo: null });

function describe(error: unknown): AuthActionState {
  if (error instanceof CredentialsSignin) return failed(signInErrorMessage("CredentialsSignin", error.code)!);
  if (error instanceof AuthError) return failed(signInErrorMessage(error.type)!);
  throw error;
}

/** Email + password (Auth.js credentials). */
export async function signInWithPasswordAction(_prev: AuthActionState, form: FormData): Promise<AuthActionState> {
  const redirectTo = safeCallbackUrl(form.get("callbackUrl"));
  try {
    await signIn("credentials", { email: form.get("email"), password: form.get("password"), redirect: false });
    return { error: null, redirectTo };
  } catch (error) {
    return { ...describe(error), email: String(form.get("email") ?? "") };
  }
}

/** Emails a sign-in link (Auth.js email provider); success goes to the "check your email" page. */
export async function emailSignInLinkAction(_prev: AuthActionState, form: FormData): Promise<AuthActionState> {
  const email = String(form.get("email") ?? "").trim();
  if (!email) return failed("Enter your email address.");
  try {
    const url: unknown = await signIn("email", { email, redirectTo: safeCallbackUrl(form.get("callbackUrl")), redirect: false });
    // Auth.js answers with its verifyRequest page (or ?error= on the sign-in page); keep only the path.
    const target = typeof url === "string" ? new URL(url, "http://localhost") : null;
    if (target?.searchParams.get("error"))
      return failed(signInErrorMessage(target.searchParams.get("error") ?? undefined, target.searchParams.get("code") ?? undefined)!);
    return { error: null, redirectTo: "/signin/check-email" };
  } catch (error) {
    return describe(error);
  }
}

/** OAuth: Auth.js redirects to the provider (a plain form post; nothing of ours is cached yet). */
export async function oauthSignInAction(form: FormData): Promise<void> {
  const provider = String(form.get("provider"));
  if (provider !== "github" && provider !== "twitch") return;
  await signIn(provider, { redirectTo: safeCallbackUrl(form.get("callbackUrl")) });
}

/** Ends the session (clears the Auth.js cookie). */
export async function signOutAction(): Promise<AuthActionState> {
  await signOut({ redirect: false });
  await setSignedInHint(false);
  return { error: null, redirectTo: "/" };
}
