import type { Metadata } from "next";
import Link from "next/link";

import { AuthCard } from "@/components/auth/auth-card";
import { Divider } from "@/components/auth/divider";
import { MagicLinkForm } from "@/components/auth/magic-link-form";
import { OAuthButtons } from "@/components/auth/oauth-buttons";
import { PasswordSignInForm } from "@/components/auth/password-sign-in-form";
import { listOAuthProviders } from "@/lib/auth/list-oauth-providers";
import { safeCallbackUrl } from "@/lib/auth/safe-callback-url";
import { signInErrorMessage } from "@/lib/auth/sign-in-messages";

export const metadata: Metadata = { title: "Sign in", robots: { index: false } };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

export default async function SignInPage({ searchParams }: Props) {
  const params = await searchParams;
  const callbackUrl = safeCallbackUrl(first(params.callbackUrl));
  const error = signInErrorMessage(first(params.error), first(params.code));
  const signUpHref = callbackUrl === "/library" ? "/signup" : `/signup?callbackUrl=${encodeURIComponent(callbackUrl)}`;
  return (
    <AuthCard title="Sign in">
      <PasswordSignInForm callbackUrl={callbackUrl} initialError={error} />
      <p className="-mt-3 text-right text-sm">
        <Link href="/forgot-password" className="text-brand-600 underline dark:text-brand-100">
          Forgot your password?
        </Link>
      </p>
      <Divider label="or" />
      <MagicLinkForm callbackUrl={callbackUrl} />
      <OAuthButtons providers={listOAuthProviders()} callbackUrl={callbackUrl} />
      <p className="text-center text-sm text-zinc-600 dark:text-zinc-400">
        New here?{" "}
        <Link href={signUpHref} className="font-medium text-brand-600 underline dark:text-brand-100">
          Create an account
        </Link>
      </p>
    </AuthCard>
  );
}
