// The hosted payment page's HTML: server-rendered, no JavaScript, labelled fields with autocomplete hints,
// large targets, and a layout that fits a phone. Every interpolated value goes through escapeHtml.
import type Stripe from "stripe";

import { TEST_CARDS, TEST_IBANS } from "../../constants";
import { formatMinor } from "../money";

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);
}

const STYLE = `
*{box-sizing:border-box}body{margin:0;font:16px/1.5 system-ui,sans-serif;background:#f6f7f9;color:#1a1f36}
main{max-width:32rem;margin:0 auto;padding:1.25rem}h1{font-size:1.375rem;margin:.25rem 0 1rem}
section,form{background:#fff;border:1px solid #d8dde6;border-radius:.5rem;padding:1rem;margin-bottom:1rem}
table{width:100%;border-collapse:collapse}td,th{padding:.375rem 0;text-align:left}td.n,th.n{text-align:right}
tfoot th{border-top:1px solid #d8dde6}label{display:block;font-weight:600;margin:.75rem 0 .25rem}
input[type=text],input[type=email]{width:100%;min-height:2.75rem;padding:.5rem .75rem;font:inherit;border:1px solid #8792a2;border-radius:.375rem}
fieldset{border:1px solid #d8dde6;border-radius:.375rem;margin:.75rem 0;padding:.5rem .75rem}legend{font-weight:600}
.radio{display:flex;gap:.5rem;align-items:center;min-height:2.75rem;font-weight:400;margin:0}
.row{display:flex;gap:.75rem}.row>div{flex:1}
button{width:100%;min-height:3rem;margin-top:1rem;font:inherit;font-weight:600;color:#fff;background:#635bff;border:0;border-radius:.375rem;cursor:pointer}
:focus-visible{outline:3px solid #1a1f36;outline-offset:2px}a{color:#4b45c6}
.error{border:1px solid #df1b41;background:#fff0f3;color:#8a0f2a;padding:.75rem;border-radius:.375rem}
.hint{font-size:.875rem;color:#4f566b}code{font-size:.875rem}`;

function page(title: string, body: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title><style>${STYLE}</style></head><body><main>${body}</main></body></html>`;
}

export interface FormState {
  error?: string;
  method?: "card" | "sepa_debit";
  name?: string;
  exp?: string;
}

export function renderPaymentPage(session: Stripe.Checkout.Session, lineItems: Stripe.LineItem[], state: FormState = {}): string {
  const currency = session.currency ?? "usd";
  const rows = lineItems
    .map(
      (item) =>
        `<tr><td>${escapeHtml(item.description ?? "")} × ${item.quantity}</td><td class="n">${formatMinor(item.amount_total, currency)}</td></tr>`,
    )
    .join("");
  const total = formatMinor(session.amount_total ?? 0, currency);
  const method = state.method ?? "card";
  const cards = Object.entries(TEST_CARDS)
    .map(([n, c]) => `<li><code>${n.replace(/(\d{4})(?=\d)/g, "$1 ")}</code>: ${escapeHtml(c.label)}</li>`)
    .join("");
  const ibans = Object.entries(TEST_IBANS)
    .map(([n, c]) => `<li><code>${n}</code>: ${escapeHtml(c.label)}</li>`)
    .join("");
  const cancel = session.cancel_url ? `<p><a href="${escapeHtml(session.cancel_url)}">Cancel and return</a></p>` : "";
  return page(
    `Pay ${total}`,
    `<h1>Pay ${escapeHtml(total)}</h1>
<section aria-labelledby="summary"><h2 id="summary" style="font-size:1rem;margin:0">Order summary</h2>
<table><thead><tr><th>Item</th><th class="n">Amount</th></tr></thead><tbody>${rows}</tbody>
<tfoot><tr><th>Total</th><th class="n">${escapeHtml(total)}</th></tr></tfoot></table>
${session.customer_email ? `<p class="hint">Receipt to ${escapeHtml(session.customer_email)}</p>` : ""}</section>
<form method="post" action="/c/pay/${escapeHtml(session.id)}" novalidate>
${state.error ? `<p class="error" role="alert" id="pay-error">${escapeHtml(state.error)}</p>` : ""}
<fieldset><legend>Payment method</legend>
<label class="radio"><input type="radio" name="method" value="card"${method === "card" ? " checked" : ""}> Card</label>
<label class="radio"><input type="radio" name="method" value="sepa_debit"${method === "sepa_debit" ? " checked" : ""}> SEPA Direct Debit (settles later)</label>
</fieldset>
<fieldset><legend>Card</legend>
<label for="card_number">Card number</label>
<input type="text" id="card_number" name="card_number" inputmode="numeric" autocomplete="cc-number" placeholder="4242 4242 4242 4242"${state.error ? ' aria-describedby="pay-error"' : ""}>
<div class="row"><div><label for="exp">Expiry (MM/YY)</label>
<input type="text" id="exp" name="exp" inputmode="numeric" autocomplete="cc-exp" placeholder="12/34" value="${escapeHtml(state.exp ?? "")}"></div>
<div><label for="cvc">CVC</label><input type="text" id="cvc" name="cvc" inputmode="numeric" autocomplete="cc-csc" placeholder="123"></div></div>
</fieldset>
<fieldset><legend>SEPA Direct Debit</legend>
<label for="iban">IBAN</label><input type="text" id="iban" name="iban" autocomplete="off" placeholder="DE89 3704 0044 0532 0130 00">
</fieldset>
<label for="name">Name</label>
<input type="text" id="name" name="name" autocomplete="cc-name" required value="${escapeHtml(state.name ?? "")}">
<button type="submit">Pay ${escapeHtml(total)}</button>
</form>
${cancel}
<details><summary>Test cards and IBANs</summary><ul>${cards}</ul><ul>${ibans}</ul>
<p class="hint">Any future expiry and any 3-digit CVC. This is Questlog's local Stripe stand-in: no money moves.</p></details>`,
  );
}

export function renderStatusPage(title: string, message: string, link?: { href: string; text: string }): string {
  return page(
    title,
    `<h1>${escapeHtml(title)}</h1><section><p role="status">${escapeHtml(message)}</p>${
      link ? `<p><a href="${escapeHtml(link.href)}">${escapeHtml(link.text)}</a></p>` : ""
    }</section>`,
  );
}
