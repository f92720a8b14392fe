// The deal-alert mails, as text and HTML: one drop (instant mode) and the day's drops (daily digest). Pure
// functions of the facts, so they are tested without a mail server; the senders (send-instant-deal-alerts.ts,
// send-deal-alert-digests.ts) queue them with the RFC 8058 unsubscribe headers.
import { formatMoney } from "@/lib/money";
import type { RenderedMail } from "@/lib/store/emails/render-order-emails";
import { escapeHtml } from "@/lib/text/escape-html";

export interface MailDeal {
  title: string;
  /** The game's page, or the wishlist for a game the catalog replica does not hold. */
  url: string;
  currency: string;
  price: string;
  /** The price in force before the drop (the price history), or the regular price when none is known. */
  previousPrice: string;
  discountPercent: number;
  /** Lower than every earlier price of the game in this currency. */
  allTimeLow: boolean;
}

/** Digests list this many games; the rest are counted, and all are on the wishlist page. */
export const DIGEST_MAX_GAMES = 50;

const money = (deal: MailDeal, amount: string) => formatMoney(amount, deal.currency);

function dealLine(deal: MailDeal): string {
  const off = deal.discountPercent > 0 ? ` (−${deal.discountPercent}%)` : "";
  const low = deal.allTimeLow ? " · all-time low" : "";
  return `${deal.title}: ${money(deal, deal.previousPrice)} → ${money(deal, deal.price)}${off}${low}`;
}

function dealHtml(deal: MailDeal): string {
  const off = deal.discountPercent > 0 ? ` <strong>−${deal.discountPercent}%</strong>` : "";
  const low = deal.allTimeLow ? ` <em>All-time low.</em>` : "";
  return `<li style="margin:0 0 8px"><a href="${escapeHtml(deal.url)}">${escapeHtml(deal.title)}</a>: <s>${escapeHtml(
    money(deal, deal.previousPrice),
  )}</s> → <strong>${escapeHtml(money(deal, deal.price))}</strong>${off}${low}</li>`;
}

function layout(title: string, body: string, unsubscribeUrl: string): string {
  return `<!doctype html><html><body style="font-family:system-ui,sans-serif;line-height:1.5;color:#111">
<h1 style="font-size:20px">${escapeHtml(title)}</h1>
${body}
<p style="font-size:12px;color:#555">You get this because the game is on your Questlog wishlist. <a href="${escapeHtml(
    unsubscribeUrl,
  )}">Unsubscribe from deal alerts</a>.</p>
</body></html>`;
}

const footer = (wishlistUrl: string, unsubscribeUrl: string) =>
  `Your wishlist: ${wishlistUrl}\n\nYou get this because the game is on your Questlog wishlist.\nUnsubscribe from deal alerts: ${unsubscribeUrl}`;

/** One drop of one wishlisted game. */
export function renderDealAlert(deal: MailDeal, links: { wishlistUrl: string; unsubscribeUrl: string }): RenderedMail {
  const subject = `${deal.title} is now ${money(deal, deal.price)}${deal.allTimeLow ? " (all-time low)" : ""}`;
  const lead = `A game on your wishlist dropped in price${deal.allTimeLow ? " to its lowest ever" : ""}.`;
  const text = [lead, "", dealLine(deal), deal.url, "", footer(links.wishlistUrl, links.unsubscribeUrl)].join("\n");
  const html = layout(
    subject,
    `<p>${escapeHtml(lead)}</p><ul style="padding-left:18px">${dealHtml(deal)}</ul>
<p><a href="${escapeHtml(deal.url)}" style="display:inline-block;padding:10px 16px;background:#4f46e5;color:#fff;border-radius:6px;text-decoration:none">View the game</a></p>`,
    links.unsubscribeUrl,
  );
  return { subject, text, html };
}

/**
 * A day's drops in one mail, the deepest discounts first; at most DIGEST_MAX_GAMES listed, and `total` (all the
 * drops the digest covers, default those given) counts the rest.
 */
export function renderDealAlertDigest(
  deals: readonly MailDeal[],
  links: { wishlistUrl: string; unsubscribeUrl: string },
  total = deals.length,
): RenderedMail {
  const sorted = [...deals].sort((a, b) => b.discountPercent - a.discountPercent || a.title.localeCompare(b.title));
  const shown = sorted.slice(0, DIGEST_MAX_GAMES);
  const more = Math.max(0, total - shown.length);
  const subject = total === 1 ? `Today's deal on your wishlist: ${deals[0]!.title}` : `Today's deals on your wishlist: ${total} drops`;
  const lead = `${total === 1 ? "A game" : `${total} price drops`} on your wishlist today.`;
  const moreLine = more > 0 ? `…and ${more} more on your wishlist.` : "";
  const text = [
    lead,
    "",
    ...shown.map((deal) => `- ${dealLine(deal)}\n  ${deal.url}`),
    ...(moreLine ? ["", moreLine] : []),
    "",
    footer(links.wishlistUrl, links.unsubscribeUrl),
  ].join("\n");
  const html = layout(
    subject,
    `<p>${escapeHtml(lead)}</p><ul style="padding-left:18px">${shown.map(dealHtml).join("\n")}</ul>
${moreLine ? `<p>${escapeHtml(moreLine)}</p>` : ""}<p><a href="${escapeHtml(links.wishlistUrl)}">Open your wishlist</a></p>`,
    links.unsubscribeUrl,
  );
  return { subject, text, html };
}
