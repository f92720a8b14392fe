// The hosted payment page: fetched as HTML and submitted as a form, as a browser without JavaScript would.
import type Stripe from "stripe";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { control, sessionParams, startWithReceiver } from "./support";

let env: Awaited<ReturnType<typeof startWithReceiver>>;
beforeAll(async () => {
  env = await startWithReceiver({ asyncSettleMs: 50 });
});
afterAll(() => env.close());

function postForm(session: Stripe.Checkout.Session, fields: Record<string, string>) {
  return fetch(session.url!, { method: "POST", body: new URLSearchParams(fields), redirect: "manual" });
}

const card = (number: string) => ({ method: "card", card_number: number, exp: "12/34", cvc: "123", name: "Ada Player" });

describe("hosted payment page", () => {
  it("renders an accessible form with the order summary and a cancel link", async () => {
    const session = await env.stripe.checkout.sessions.create(sessionParams());
    const response = await fetch(session.url!);
    const html = await response.text();
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toContain("text/html");
    expect(html).toContain('<meta name="viewport"');
    for (const id of ["card_number", "exp", "cvc", "name", "iban"]) expect(html).toContain(`<label for="${id}"`);
    expect(html).toContain('autocomplete="cc-number"');
    expect(html).toContain("Chrono Trigger × 1");
    expect(html).toContain("$29.97");
    expect(html).toContain('href="http://shop.test/cart"');
  });

  it("pays with 4242 4242 4242 4242 and answers 303 to success_url", async () => {
    const session = await env.stripe.checkout.sessions.create(sessionParams());
    const response = await postForm(session, card("4242 4242 4242 4242"));
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe(`http://shop.test/orders/o1?session_id=${session.id}`);
    const after = await env.stripe.checkout.sessions.retrieve(session.id);
    expect(after.payment_status).toBe("paid");
    const again = await (await fetch(session.url!)).text();
    expect(again).toContain("Already paid");
    expect(again).not.toContain("<form");
  });

  it.each([
    ["4000 0000 0000 0002", "Your card was declined."],
    ["4000 0000 0000 9995", "Your card has insufficient funds."],
    ["4111 1111 1111 1111", "Your card number is incorrect."],
  ])("re-renders a decline of %s with its message", async (number, message) => {
    const session = await env.stripe.checkout.sessions.create(sessionParams());
    const response = await postForm(session, card(number));
    expect(response.status).toBe(402);
    const html = await response.text();
    expect(html).toContain(`role="alert"`);
    expect(html).toContain(message.replace("'", "&#39;"));
    expect((await env.stripe.checkout.sessions.retrieve(session.id)).status).toBe("open");
  });

  it("refuses an incomplete form with 400 and keeps what was typed", async () => {
    const session = await env.stripe.checkout.sessions.create(sessionParams());
    const response = await postForm(session, { ...card("4242424242424242"), cvc: "" });
    expect(response.status).toBe(400);
    const html = await response.text();
    expect(html).toContain("security code is incomplete");
    expect(html).toContain('value="Ada Player"');
  });

  it("takes a SEPA Direct Debit that completes unpaid and settles later", async () => {
    const session = await env.stripe.checkout.sessions.create(sessionParams());
    const response = await postForm(session, { method: "sepa_debit", iban: "DE89 3704 0044 0532 0130 00", name: "Ada Player" });
    expect(response.status).toBe(303);
    expect((await env.stripe.checkout.sessions.retrieve(session.id)).payment_status).toBe("unpaid");
    await env.receiver.waitFor((events) =>
      events.some((e) => e.type === "checkout.session.async_payment_succeeded" && e.data.object.id === session.id),
    );
    expect((await env.stripe.checkout.sessions.retrieve(session.id)).payment_status).toBe("paid");
  });

  it("shows an expired session instead of a form, and 404s an unknown one", async () => {
    const session = await env.stripe.checkout.sessions.create(sessionParams());
    await env.stripe.checkout.sessions.expire(session.id);
    const expired = await fetch(`${env.standin.url}/c/pay/${session.id}`);
    expect(expired.status).toBe(410);
    expect(await expired.text()).toContain("expired");
    const paying = await postForm({ ...session, url: `${env.standin.url}/c/pay/${session.id}` }, card("4242424242424242"));
    expect(paying.status).toBe(410);
    expect((await fetch(`${env.standin.url}/c/pay/cs_test_nope`)).status).toBe(404);
  });

  it("escapes what the merchant sent (attack: HTML in a product name)", async () => {
    const session = await env.stripe.checkout.sessions.create(
      sessionParams({
        line_items: [
          { price_data: { currency: "usd", unit_amount: 999, product_data: { name: '<script>alert(1)</script>"' } }, quantity: 1 },
        ],
        cancel_url: 'http://shop.test/cart?x="><script>alert(2)</script>',
      }),
    );
    const response = await fetch(session.url!);
    const html = await response.text();
    expect(html).not.toContain("<script>");
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;&quot;");
    expect(response.headers.get("content-security-policy")).toContain("default-src 'none'");
  });

  it("the control route and the form agree: a paid session cannot be paid again (409)", async () => {
    const session = await env.stripe.checkout.sessions.create(sessionParams());
    expect((await control(env.standin, "POST", `/checkout/sessions/${session.id}/pay`, { card: "4242424242424242" })).status).toBe(200);
    const second = await control<{ error: { message: string } }>(env.standin, "POST", `/checkout/sessions/${session.id}/pay`, {
      card: "4242424242424242",
    });
    expect(second.status).toBe(409);
    expect(second.body.error.message).toContain("already paid");
  });
});
