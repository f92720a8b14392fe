import "server-only";

import type { GitHubProfile } from "next-auth/providers/github";
import type { TwitchProfile } from "next-auth/providers/twitch";

// An address an OAuth provider vouches for is proof of it, like our emailed link: the account it creates is
// marked emailVerified (so ADMIN_EMAILS applies, and the pre-hijacking rules treat it as proven). Only a
// verified address may vouch, and a sign-in without one is refused (signInCallback, auth-callbacks.ts):
// otherwise anyone could register the provider account with an admin's or a victim's address first.

/** What our provider profiles add: whether the provider says the email is verified. */
export interface VouchedProfile {
  email_verified?: unknown;
}

// Auth.js creates OAuth users with emailVerified null whatever the profile says; this field rides along to our
// adapter's createUser, which turns it into emailVerified (create-auth-adapter.ts).
const emailVouched = (profile: VouchedProfile) => profile.email_verified === true;

interface GitHubEmail {
  email: string;
  primary: boolean;
  verified: boolean;
}

/**
 * GitHub: Auth.js takes the public profile email, or else the primary one from /user/emails, verified or not.
 * We always ask /user/emails (scope user:email) and take only the primary address, and only if it is
 * verified; the public profile email is whatever the user typed there and says nothing about verification.
 */
export function gitHubOptions(apiBaseUrl = "https://api.github.com") {
  return {
    userinfo: {
      url: `${apiBaseUrl}/user`,
      async request({ tokens }: { tokens: { access_token?: string } }): Promise<GitHubProfile & VouchedProfile> {
        const headers = { Authorization: `Bearer ${tokens.access_token}`, "User-Agent": "questlog" };
        const profile = (await (await fetch(`${apiBaseUrl}/user`, { headers })).json()) as GitHubProfile;
        const res = await fetch(`${apiBaseUrl}/user/emails`, { headers });
        const emails = res.ok ? ((await res.json()) as GitHubEmail[]) : [];
        const primary = Array.isArray(emails) ? emails.find((e) => e.primary && e.verified) : undefined;
        return { ...profile, email: primary?.email ?? null, email_verified: primary !== undefined };
      },
    },
    profile(profile: GitHubProfile & VouchedProfile) {
      return {
        id: String(profile.id),
        name: profile.name ?? profile.login,
        email: profile.email,
        image: profile.avatar_url,
        emailVouched: emailVouched(profile),
      };
    },
  };
}

/** Twitch (OpenID Connect): ask for the email_verified claim beside the email, and keep it. */
export function twitchOptions() {
  return {
    authorization: {
      params: {
        scope: "openid user:read:email",
        claims: { id_token: { email: null, email_verified: null, picture: null, preferred_username: null } },
      },
    },
    profile(profile: TwitchProfile & VouchedProfile) {
      return {
        id: profile.sub,
        name: profile.preferred_username,
        email: profile.email,
        image: profile.picture,
        emailVouched: emailVouched(profile),
      };
    },
  };
}
