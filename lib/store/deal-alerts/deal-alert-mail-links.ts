import "server-only";

import type { SendMailInput } from "@/lib/mail";

import { signUnsubscribeToken } from "./unsubscribe-token";

/**
 * The links every deal-alert mail carries for its recipient: the wishlist, the unsubscribe page (a button that
 * POSTs, so a mail scanner that follows links unsubscribes no one), and the RFC 8058 header pair, whose URL a
 * mail client POSTs to itself ("List-Unsubscribe=One-Click") to unsubscribe in one click.
 */
export function dealAlertMailLinks(
  userId: string,
  origin: string,
): {
  wishlistUrl: string;
  unsubscribeUrl: string;
  headers: NonNullable<SendMailInput["headers"]>;
} {
  const token = encodeURIComponent(signUnsubscribeToken(userId));
  return {
    wishlistUrl: `${origin}/wishlist`,
    unsubscribeUrl: `${origin}/unsubscribe?token=${token}`,
    headers: {
      "List-Unsubscribe": `<${origin}/api/deal-alerts/unsubscribe?token=${token}>`,
      "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
    },
  };
}
