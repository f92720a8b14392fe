// GET /c/pay/{session_id}: the hosted payment page; POST: pay. A success answers 303 to success_url; a
// decline or a form error re-renders the page with the message (402 / 400); a closed session shows its state.
import type { IncomingMessage, ServerResponse } from "node:http";

import { readBody } from "../../../igdb/server/http-utils";
import type { StripeContext } from "../context";
import { paySession, SessionNotPayableError, type PaymentInput } from "../payments/pay-session";
import { expireDueSessions } from "../resources/checkout-sessions";
import type { SessionRecord } from "../store";
import { renderPaymentPage, renderStatusPage, type FormState } from "./render-page";

export async function handleHostedPage(req: IncomingMessage, res: ServerResponse, sessionId: string, ctx: StripeContext): Promise<void> {
  expireDueSessions(ctx);
  const record = ctx.store.sessions.get(sessionId);
  if (!record) return sendHtml(res, 404, renderStatusPage("Page not found", "This payment page does not exist."));
  if (req.method === "GET" || req.method === "HEAD") return showSession(res, record);
  if (req.method !== "POST") return sendHtml(res, 405, renderStatusPage("Not allowed", "Use the form on this page."));

  const form = new URLSearchParams(await readBody(req));
  const method = form.get("method") === "sepa_debit" ? "sepa_debit" : "card";
  const name = (form.get("name") ?? "").trim();
  const exp = (form.get("exp") ?? "").trim();
  const state: FormState = { method, name, exp };
  const invalid = validate(method, form, name, exp);
  if (invalid) return sendHtml(res, 400, renderPaymentPage(record.session, record.lineItems, { ...state, error: invalid }));
  try {
    const input: PaymentInput =
      method === "card" ? { method, number: form.get("card_number") ?? "", name } : { method, iban: form.get("iban") ?? "", name };
    const result = paySession(ctx, record, input, null);
    if (result.outcome === "declined")
      return sendHtml(res, 402, renderPaymentPage(record.session, record.lineItems, { ...state, error: result.error.message }));
    if (record.session.success_url) return redirect(res, record.session.success_url);
    sendHtml(res, 200, renderStatusPage("Payment received", "Thank you. You can close this page."));
  } catch (error) {
    if (error instanceof SessionNotPayableError) return showSession(res, record);
    throw error;
  }
}

function showSession(res: ServerResponse, record: SessionRecord): void {
  const { session } = record;
  if (session.status === "open") return sendHtml(res, 200, renderPaymentPage(session, record.lineItems));
  const back = session.status === "complete" ? session.success_url : session.cancel_url;
  const link = back ? { href: back, text: "Return to the store" } : undefined;
  if (session.status === "complete")
    sendHtml(res, 200, renderStatusPage("Already paid", "This checkout is complete: it has already been paid.", link));
  else
    sendHtml(
      res,
      410,
      renderStatusPage("Checkout expired", "This checkout session has expired. Return to the store to start again.", link),
    );
}

function validate(method: string, form: URLSearchParams, name: string, exp: string): string | undefined {
  if (!name) return "Enter the name on the card or account.";
  if (method === "sepa_debit") return (form.get("iban") ?? "").trim() ? undefined : "Enter your IBAN.";
  const number = (form.get("card_number") ?? "").replace(/[\s-]+/g, "");
  if (!/^\d{12,19}$/.test(number)) return "Your card number is incomplete.";
  const match = /^(\d{2})\s*\/\s*(\d{2})$/.exec(exp);
  if (!match || Number(match[1]) < 1 || Number(match[1]) > 12) return "Your card's expiration date is incomplete.";
  const now = new Date();
  const year = 2000 + Number(match[2]);
  if (year < now.getUTCFullYear() || (year === now.getUTCFullYear() && Number(match[1]) < now.getUTCMonth() + 1)) {
    return "Your card's expiration year is in the past.";
  }
  if (!/^\d{3,4}$/.test((form.get("cvc") ?? "").trim())) return "Your card's security code is incomplete.";
  return undefined;
}

function sendHtml(res: ServerResponse, status: number, html: string): void {
  res.writeHead(status, {
    "content-type": "text/html; charset=utf-8",
    "content-length": String(Buffer.byteLength(html)),
    "cache-control": "no-store",
    // The page runs no script and is framed by no one.
    "content-security-policy": "default-src 'none'; style-src 'unsafe-inline'; form-action 'self' http: https:; frame-ancestors 'none'",
  });
  res.end(html);
}

function redirect(res: ServerResponse, location: string): void {
  res.writeHead(303, { location, "content-length": "0", "cache-control": "no-store" });
  res.end();
}
