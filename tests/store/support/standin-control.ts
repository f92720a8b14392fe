// Driving the stand-in as a buyer and a test do: its control routes (/__standin/*) over HTTP.
import type { StripeStandin } from "@/standins/stripe";
import type { Json } from "@/tests/auth/support/api-request";
import { control } from "@/tests/stripe-standin/support";

export { control };

/** What the hosted page does when the buyer submits a card (4242… pays). */
export function pay(standin: StripeStandin, sessionId: string, card = "4242424242424242") {
  return control<Json>(standin, "POST", `/checkout/sessions/${sessionId}/pay`, { card });
}

/** The session id in a checkout_url ({stand-in}/c/pay/{id}). */
export function sessionIdOf(checkoutUrl: string): string {
  return checkoutUrl.split("/").at(-1)!;
}

/** Polls until `check` returns a value other than undefined/false, or fails after timeoutMs. */
export async function waitFor<T>(check: () => Promise<T | undefined | false>, timeoutMs = 5_000, what = "condition"): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}
