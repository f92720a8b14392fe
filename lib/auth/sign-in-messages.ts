/**
 * What the sign-in page says for an Auth.js error (?error=…&code=…, or one a server action caught).
 * Deliberately vague about which of email and password was wrong, like authorize-credentials.ts.
 */
export function signInErrorMessage(error: string | undefined, code?: string): string | null {
  if (!error) return null;
  if (code === "rate_limited") return "Too many sign-in attempts. Wait a few minutes and try again.";
  switch (error) {
    case "CredentialsSignin":
      return "Wrong email or password.";
    case "Verification":
      return "That sign-in link has expired or was already used. Ask for a new one.";
    case "OAuthAccountNotLinked":
      return "This email is already used by another sign-in method. Sign in the way you did before.";
    case "AccessDenied":
      return "Sign-in was refused.";
    default:
      return "Signing in failed. Try again.";
  }
}
