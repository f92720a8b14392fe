import "server-only";

import { AppError } from "@/lib/errors/app-error";

import { setDealAlertPreferences } from "./set-deal-alert-preferences";
import { verifyUnsubscribeToken } from "./unsubscribe-token";

/**
 * Turns off deal alerts for the player an unsubscribe token was signed for; idempotent (a second click, or a
 * mail client's one-click POST after the page's, answers the same). The all-time-low opt-in is kept, so
 * turning alerts back on restores it. Throws AppError("invalid_token") (a 400) for a malformed or tampered
 * token, and for one whose account is gone.
 */
export async function unsubscribeDealAlerts(token: string | null | undefined): Promise<{ mode: "off" }> {
  const userId = verifyUnsubscribeToken(token);
  if (!userId) throw new AppError("invalid_token", "This unsubscribe link is not valid. Sign in to change your deal alerts.");
  try {
    await setDealAlertPreferences(userId, { mode: "off" });
  } catch (error) {
    // P2003: the preference row's foreign key found no user (the account was deleted after the mail).
    if ((error as { code?: string }).code === "P2003")
      throw new AppError("invalid_token", "This unsubscribe link's account no longer exists.");
    throw error;
  }
  return { mode: "off" };
}
