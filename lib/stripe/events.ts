import { getStripe } from "./get-stripe";
import { callStripe } from "./stripe-gateway-error";
import { toStripeEventView, type StripeEventView } from "./stripe-objects";

/** An event as Stripe holds it (the lost-job sweep knows only its id). */
export async function retrieveEvent(eventId: string): Promise<StripeEventView> {
  const stripe = await getStripe();
  return toStripeEventView(await callStripe("retrieve an event", () => stripe.events.retrieve(eventId)));
}
